#include "core/annotation/AnnotationDocument.h"

#include "core/workflow/Readings.h"
#include "core/workflow/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <map>
#include <utility>

namespace etalon::core::annotation {

using workflow::Readings;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("etalon::core::annotation", text);
}

/// Inclusive index box {i0, j0, k0, i1, j1, k1} of the voxels a delta touches.
std::array<int, 6> boundsOf(const MaskDelta &delta, const std::array<int, 3> &size)
{
    std::array<int, 6> b{size[0], size[1], size[2], -1, -1, -1};
    const qint64 nx = size[0], nxy = qint64(size[0]) * size[1];
    const auto extend = [&](qint64 index) {
        const int k = int(index / nxy), j = int((index % nxy) / nx), i = int(index % nx);
        b[0] = std::min(b[0], i), b[1] = std::min(b[1], j), b[2] = std::min(b[2], k);
        b[3] = std::max(b[3], i), b[4] = std::max(b[4], j), b[5] = std::max(b[5], k);
    };
    for (const MaskDelta::Run &r : delta.runs) {
        extend(r.start);
        extend(r.start + r.length - 1);
        // A run crossing rows covers whole rows in between.
        if (r.start / nx != (r.start + r.length - 1) / nx) {
            b[0] = 0;
            b[3] = size[0] - 1;
        }
    }
    return b;
}

} // namespace

struct AnnotationDocument::Private {
    Private(store::Workspace &w, const workflow::Session &s) : workspace(w), session(s) {}

    store::Workspace &workspace;
    const workflow::Session &session;
    Reading reading;
    workflow::ReadingContext context;
    QString readOnlyReason;
    QUndoStack *stack = nullptr;

    std::map<int, Finding> findings; ///< key -> finding (with its current database id)
    QList<int> order;
    int nextKey = 1;

    // The stroke in progress.
    bool stroking = false;
    std::uint8_t strokeLabel = 0;
    int strokeOnlyOver = -1;
    std::vector<std::pair<qint64, std::uint8_t>> strokeChanged; ///< voxel, old label (each voxel once)
    std::optional<MaskGeometry> strokeNewMask; ///< while the stroke creates the reading's mask

    QElapsedTimer sinceTimeRecorded;
    QTimer *minuteTimer = nullptr;

    Finding *findingOf(int key)
    {
        const auto it = findings.find(key);
        return it == findings.end() ? nullptr : &it->second;
    }
    MaskGeometry *maskOf(int key)
    {
        Finding *f = findingOf(key);
        return f ? std::get_if<MaskGeometry>(&f->geometry) : nullptr;
    }
};

/// Base of the document's undo commands. The edit is stored before the command is pushed,
/// so the first redo() (QUndoStack::push calls it) does nothing; later undo()/redo() store
/// their change and, when the store refuses, report it and drop the command (the document
/// and the store still agree: neither changed).
class DocumentCommand : public QUndoCommand {
public:
    DocumentCommand(AnnotationDocument *document, const QString &text) : QUndoCommand(text), m_document(document) {}

    void redo() override
    {
        if (m_pushed) {
            settleStroke();
            check(apply(true));
        }
        m_pushed = true;
    }
    void undo() override
    {
        settleStroke();
        check(apply(false));
    }

protected:
    virtual Result<void> apply(bool forward) = 0;
    AnnotationDocument::Private &d() { return *m_document->d; }
    AnnotationDocument *document() { return m_document; }

private:
    /// Undo or redo in the middle of a brush stroke: the stroke is cancelled first, so its
    /// recorded old labels never describe a mask that undo has changed under it.
    void settleStroke()
    {
        if (m_document->isStroking())
            m_document->cancelStroke();
    }

    void check(const Result<void> &result)
    {
        if (result)
            return;
        setObsolete(true);
        emit m_document->errorOccurred(result.error().message);
    }

    AnnotationDocument *m_document;
    bool m_pushed = false;
};

namespace {

class ClassCommand : public DocumentCommand {
public:
    ClassCommand(AnnotationDocument *doc, std::optional<QString> before, std::optional<QString> after)
        : DocumentCommand(doc, tr("Set class")), m_before(std::move(before)), m_after(std::move(after))
    {
    }

protected:
    Result<void> apply(bool forward) override
    {
        const std::optional<QString> &value = forward ? m_after : m_before;
        if (Result<void> stored = Readings::setStudyClass(d().workspace, d().session, d().reading.id, value); !stored)
            return stored;
        d().reading.studyClass = value;
        emit document()->studyClassChanged();
        return {};
    }

private:
    std::optional<QString> m_before, m_after;
};

/// Adds (forward) or removes a finding; RemoveCommand is its mirror image.
class ExistenceCommand : public DocumentCommand {
public:
    ExistenceCommand(AnnotationDocument *doc, const QString &text, int key, Finding finding, bool addsForward)
        : DocumentCommand(doc, text), m_key(key), m_finding(std::move(finding)), m_addsForward(addsForward)
    {
    }

protected:
    Result<void> apply(bool forward) override
    {
        return forward == m_addsForward ? add() : remove();
    }

private:
    Result<void> add()
    {
        Finding f = m_finding;
        Result<qint64> id = Readings::addFinding(d().workspace, d().session, d().reading.id, f);
        if (!id)
            return id.error();
        f.id = *id;
        d().findings[m_key] = f;
        if (!d().order.contains(m_key)) {
            // Back at its place in creation order.
            auto at = std::lower_bound(d().order.begin(), d().order.end(), m_key);
            d().order.insert(at, m_key);
        }
        emit document()->findingAdded(m_key);
        if (const auto *mask = std::get_if<MaskGeometry>(&f.geometry))
            emit document()->maskChanged({0, 0, 0, mask->size[0] - 1, mask->size[1] - 1, mask->size[2] - 1});
        return {};
    }

    Result<void> remove()
    {
        Finding *current = d().findingOf(m_key);
        if (!current)
            return {};
        m_finding = *current; // the latest state (a mask with its strokes) comes back on undo
        if (Result<void> removed = Readings::removeFinding(d().workspace, d().session, current->id); !removed)
            return removed;
        const bool wasMask = m_finding.kind() == FindingKind::Mask;
        d().findings.erase(m_key);
        d().order.removeAll(m_key);
        emit document()->findingRemoved(m_key);
        if (wasMask) {
            const auto &mask = std::get<MaskGeometry>(m_finding.geometry);
            emit document()->maskChanged({0, 0, 0, mask.size[0] - 1, mask.size[1] - 1, mask.size[2] - 1});
        }
        return {};
    }

    int m_key;
    Finding m_finding;
    bool m_addsForward;
};

class UpdateCommand : public DocumentCommand {
public:
    UpdateCommand(AnnotationDocument *doc, const QString &text, int key, Finding before, Finding after)
        : DocumentCommand(doc, text), m_key(key), m_before(std::move(before)), m_after(std::move(after))
    {
    }

protected:
    Result<void> apply(bool forward) override
    {
        Finding *current = d().findingOf(m_key);
        if (!current)
            return {};
        Finding next = forward ? m_after : m_before;
        next.id = current->id;
        if (Result<void> stored = Readings::updateFinding(d().workspace, d().session, current->id, next); !stored)
            return stored;
        *current = next;
        emit document()->findingChanged(m_key);
        return {};
    }

private:
    int m_key;
    Finding m_before, m_after;
};

class PaintCommand : public DocumentCommand {
public:
    PaintCommand(AnnotationDocument *doc, const QString &text, int key, MaskDelta delta)
        : DocumentCommand(doc, text), m_key(key), m_delta(std::move(delta))
    {
    }

protected:
    Result<void> apply(bool forward) override
    {
        Finding *f = d().findingOf(m_key);
        MaskGeometry *mask = d().maskOf(m_key);
        if (!f || !mask)
            return {};
        const MaskDelta change = forward ? m_delta : m_delta.inverted();
        if (Result<void> stored = Readings::paintMask(d().workspace, d().session, f->id, change); !stored)
            return stored;
        change.apply(*mask);
        emit document()->maskChanged(boundsOf(change, mask->size));
        emit document()->findingChanged(m_key);
        return {};
    }

private:
    int m_key;
    MaskDelta m_delta;
};

} // namespace

AnnotationDocument::AnnotationDocument(store::Workspace &workspace, const workflow::Session &session)
    : d(std::make_unique<Private>(workspace, session))
{
    d->stack = new QUndoStack(this);
    d->minuteTimer = new QTimer(this);
    d->minuteTimer->setInterval(60'000);
    connect(d->minuteTimer, &QTimer::timeout, this, &AnnotationDocument::recordTime);
}

AnnotationDocument::~AnnotationDocument()
{
    if (d->stroking)
        cancelStroke();
    recordTime();
}

Result<std::unique_ptr<AnnotationDocument>> AnnotationDocument::open(store::Workspace &workspace, const workflow::Session &session,
                                                                     qint64 readingId, bool startIfAssigned)
{
    Result<Reading> reading = Readings::reading(workspace, session, readingId);
    if (!reading)
        return reading.error();
    const bool own = reading->readerId == session.userId();
    if (own && startIfAssigned && reading->state == ReadingState::Assigned) {
        reading = Readings::start(workspace, session, readingId);
        if (!reading)
            return reading.error();
    }
    Result<workflow::ReadingContext> context = Readings::context(workspace, session, readingId);
    if (!context)
        return context.error();

    std::unique_ptr<AnnotationDocument> document(new AnnotationDocument(workspace, session));
    Private &p = *document->d;
    p.context = *context;
    for (Finding &f : reading->findings) {
        const int key = p.nextKey++;
        p.order.append(key);
        p.findings.emplace(key, std::move(f));
    }
    reading->findings.clear();
    p.reading = std::move(*reading);
    if (p.reading.state == ReadingState::Submitted)
        p.readOnlyReason = tr("This reading is submitted and locked; it opens read-only.");
    else if (!own)
        p.readOnlyReason = tr("This is another reader's reading; it opens read-only.");
    else if (p.reading.state == ReadingState::Assigned)
        p.readOnlyReason = tr("This reading has not been started; it opens read-only.");
    if (p.readOnlyReason.isEmpty()) {
        p.sinceTimeRecorded.start();
        p.minuteTimer->start();
    }
    return document;
}

qint64 AnnotationDocument::readingId() const
{
    return d->reading.id;
}

const Reading &AnnotationDocument::reading() const
{
    return d->reading;
}

const LabelSchema &AnnotationDocument::schema() const
{
    return d->context.schema;
}

QString AnnotationDocument::datasetCode() const
{
    return d->context.datasetCode;
}

QString AnnotationDocument::studyInstanceUid() const
{
    return d->context.studyInstanceUid;
}

QString AnnotationDocument::seriesInstanceUid() const
{
    return d->context.seriesInstanceUid;
}

std::array<int, 3> AnnotationDocument::imageSize() const
{
    return d->context.imageSize;
}

bool AnnotationDocument::isReadOnly() const
{
    return !d->readOnlyReason.isEmpty();
}

QString AnnotationDocument::readOnlyReason() const
{
    return d->readOnlyReason;
}

QUndoStack *AnnotationDocument::undoStack() const
{
    return d->stack;
}

std::optional<QString> AnnotationDocument::studyClass() const
{
    return d->reading.studyClass;
}

namespace {

Error readOnlyError(const QString &reason)
{
    return makeError(ErrorCode::InvalidState, reason);
}

} // namespace

Result<void> AnnotationDocument::setStudyClass(const std::optional<QString> &classCode)
{
    if (isReadOnly())
        return readOnlyError(d->readOnlyReason);
    if (classCode == d->reading.studyClass)
        return {};
    if (Result<void> stored = Readings::setStudyClass(d->workspace, d->session, d->reading.id, classCode); !stored)
        return stored;
    const std::optional<QString> before = d->reading.studyClass;
    d->reading.studyClass = classCode;
    d->stack->push(new ClassCommand(this, before, classCode));
    emit studyClassChanged();
    return {};
}

Result<void> AnnotationDocument::setComment(const QString &comment)
{
    if (isReadOnly())
        return readOnlyError(d->readOnlyReason);
    if (comment == d->reading.comment)
        return {};
    if (Result<void> stored = Readings::setComment(d->workspace, d->session, d->reading.id, comment); !stored)
        return stored;
    d->reading.comment = comment;
    emit commentChanged();
    return {};
}

QString AnnotationDocument::comment() const
{
    return d->reading.comment;
}

QList<int> AnnotationDocument::findingKeys() const
{
    return d->order;
}

const Finding *AnnotationDocument::finding(int key) const
{
    return d->findingOf(key);
}

std::optional<int> AnnotationDocument::keyOfFindingId(qint64 findingId) const
{
    for (const auto &[key, f] : d->findings) {
        if (f.id == findingId)
            return key;
    }
    return std::nullopt;
}

namespace {

QString kindText(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Point:
        return tr("point");
    case FindingKind::Box:
        return tr("box");
    case FindingKind::Contour:
        return tr("contour");
    case FindingKind::Mask:
        return tr("mask");
    }
    return {};
}

} // namespace

Result<int> AnnotationDocument::addFinding(const Finding &finding)
{
    if (isReadOnly())
        return readOnlyError(d->readOnlyReason);
    Result<qint64> id = Readings::addFinding(d->workspace, d->session, d->reading.id, finding);
    if (!id)
        return id.error();
    const int key = d->nextKey++;
    Finding stored = finding;
    stored.id = *id;
    d->findings[key] = stored;
    d->order.append(key);
    d->stack->push(new ExistenceCommand(this, tr("Add %1").arg(kindText(finding.kind())), key, stored, true));
    emit findingAdded(key);
    if (const auto *mask = std::get_if<MaskGeometry>(&stored.geometry))
        emit maskChanged({0, 0, 0, mask->size[0] - 1, mask->size[1] - 1, mask->size[2] - 1});
    return key;
}

Result<void> AnnotationDocument::updateFinding(int key, const Finding &finding, const QString &description)
{
    if (isReadOnly())
        return readOnlyError(d->readOnlyReason);
    Finding *current = d->findingOf(key);
    if (!current)
        return makeError(ErrorCode::NotFound, tr("The finding is no longer in this reading."));
    Finding next = finding;
    next.id = current->id;
    if (Result<void> stored = Readings::updateFinding(d->workspace, d->session, current->id, next); !stored)
        return stored;
    const Finding before = *current;
    *current = next;
    d->stack->push(new UpdateCommand(this, description.isEmpty() ? tr("Edit %1").arg(kindText(next.kind())) : description,
                                     key, before, next));
    emit findingChanged(key);
    if (const auto *mask = std::get_if<MaskGeometry>(&next.geometry))
        emit maskChanged({0, 0, 0, mask->size[0] - 1, mask->size[1] - 1, mask->size[2] - 1});
    return {};
}

Result<void> AnnotationDocument::removeFinding(int key)
{
    if (isReadOnly())
        return readOnlyError(d->readOnlyReason);
    if (d->stroking && maskKey() == key)
        cancelStroke();
    Finding *current = d->findingOf(key);
    if (!current)
        return makeError(ErrorCode::NotFound, tr("The finding is no longer in this reading."));
    if (Result<void> removed = Readings::removeFinding(d->workspace, d->session, current->id); !removed)
        return removed;
    const Finding before = *current;
    d->findings.erase(key);
    d->order.removeAll(key);
    d->stack->push(new ExistenceCommand(this, tr("Delete %1").arg(kindText(before.kind())), key, before, false));
    emit findingRemoved(key);
    if (const auto *mask = std::get_if<MaskGeometry>(&before.geometry))
        emit maskChanged({0, 0, 0, mask->size[0] - 1, mask->size[1] - 1, mask->size[2] - 1});
    return {};
}

std::optional<int> AnnotationDocument::maskKey() const
{
    for (int key : d->order) {
        if (d->findings.at(key).kind() == FindingKind::Mask)
            return key;
    }
    return std::nullopt;
}

const MaskGeometry *AnnotationDocument::mask() const
{
    if (d->strokeNewMask)
        return &*d->strokeNewMask;
    const std::optional<int> key = maskKey();
    return key ? d->maskOf(*key) : nullptr;
}

int AnnotationDocument::maskLabelCount() const
{
    return std::max<int>(1, int(d->context.schema.findingLabels.size()));
}

Result<void> AnnotationDocument::beginStroke(std::uint8_t label, int onlyOver)
{
    if (isReadOnly())
        return readOnlyError(d->readOnlyReason);
    if (!d->context.schema.allows(FindingKind::Mask)) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("The label schema %1 of dataset %2 does not allow masks.").arg(d->context.schema.id, d->context.datasetCode));
    }
    if (label > maskLabelCount()) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("Mask label %1 does not exist; the schema has %2.").arg(label).arg(maskLabelCount()));
    }
    if (d->stroking)
        cancelStroke();
    d->stroking = true;
    d->strokeLabel = label;
    d->strokeOnlyOver = onlyOver;
    d->strokeChanged.clear();
    if (!maskKey()) {
        MaskGeometry empty;
        empty.size = d->context.imageSize;
        empty.labels.assign(std::size_t(empty.size[0]) * std::size_t(empty.size[1]) * std::size_t(empty.size[2]), 0);
        d->strokeNewMask = std::move(empty);
    }
    return {};
}

std::optional<std::array<int, 6>> AnnotationDocument::strokeVoxels(const std::vector<qint64> &voxels)
{
    if (!d->stroking)
        return std::nullopt;
    MaskGeometry *mask = d->strokeNewMask ? &*d->strokeNewMask : d->maskOf(*maskKey());
    if (!mask)
        return std::nullopt;
    const qint64 n = qint64(mask->labels.size());
    const qint64 nx = mask->size[0], nxy = qint64(mask->size[0]) * mask->size[1];
    std::array<int, 6> b{mask->size[0], mask->size[1], mask->size[2], -1, -1, -1};
    bool changed = false;
    for (qint64 index : voxels) {
        if (index < 0 || index >= n)
            continue;
        std::uint8_t &value = mask->labels[std::size_t(index)];
        if (value == d->strokeLabel || (d->strokeOnlyOver >= 0 && value != d->strokeOnlyOver))
            continue;
        d->strokeChanged.emplace_back(index, value);
        value = d->strokeLabel;
        changed = true;
        const int k = int(index / nxy), j = int((index % nxy) / nx), i = int(index % nx);
        b[0] = std::min(b[0], i), b[1] = std::min(b[1], j), b[2] = std::min(b[2], k);
        b[3] = std::max(b[3], i), b[4] = std::max(b[4], j), b[5] = std::max(b[5], k);
    }
    if (!changed)
        return std::nullopt;
    emit maskChanged(b);
    return b;
}

namespace {

/// The stroke's changes as a delta (each voxel changed once, to \a label).
MaskDelta strokeDelta(std::vector<std::pair<qint64, std::uint8_t>> changed, std::uint8_t label)
{
    std::sort(changed.begin(), changed.end());
    MaskDelta delta;
    for (const auto &[index, old] : changed) {
        if (!delta.runs.empty() && delta.runs.back().start + delta.runs.back().length == index)
            ++delta.runs.back().length;
        else
            delta.runs.push_back(MaskDelta::Run{index, 1, label});
        delta.before.push_back(old);
    }
    return delta;
}

} // namespace

Result<void> AnnotationDocument::endStroke(const QString &description)
{
    if (!d->stroking)
        return {};
    const QString text = description.isEmpty() ? (d->strokeLabel == 0 ? tr("Erase") : tr("Brush stroke")) : description;
    if (d->strokeChanged.empty()) {
        d->stroking = false;
        d->strokeNewMask.reset();
        return {};
    }
    if (d->strokeNewMask) {
        // The first stroke makes the reading's mask: stored empty (cheap), then the stroke as
        // its first delta, both one undo step.
        MaskGeometry empty = std::move(*d->strokeNewMask);
        d->strokeNewMask.reset();
        const MaskDelta delta = strokeDelta(std::move(d->strokeChanged), d->strokeLabel);
        d->strokeChanged.clear();
        d->stroking = false;
        delta.revert(empty);
        Finding f;
        f.label = d->context.schema.findingLabels.isEmpty() ? QString() : d->context.schema.findingLabels.first().code;
        f.geometry = std::move(empty);
        Result<qint64> id = Readings::addFinding(d->workspace, d->session, d->reading.id, f);
        if (!id) {
            const auto &size = std::get<MaskGeometry>(f.geometry).size;
            emit maskChanged({0, 0, 0, size[0] - 1, size[1] - 1, size[2] - 1});
            return id.error();
        }
        f.id = *id;
        const int key = d->nextKey++;
        d->findings[key] = std::move(f);
        d->order.append(key);
        d->stack->beginMacro(text);
        d->stack->push(new ExistenceCommand(this, text, key, d->findings[key], true));
        emit findingAdded(key);
        Result<void> painted = Readings::paintMask(d->workspace, d->session, *id, delta);
        if (painted) {
            delta.apply(*d->maskOf(key));
            d->stack->push(new PaintCommand(this, text, key, delta));
            emit maskChanged(boundsOf(delta, d->maskOf(key)->size));
            emit findingChanged(key);
        } else {
            const auto &size = d->maskOf(key)->size;
            emit maskChanged({0, 0, 0, size[0] - 1, size[1] - 1, size[2] - 1});
        }
        d->stack->endMacro();
        return painted;
    }
    const int key = *maskKey();
    const MaskDelta delta = strokeDelta(std::move(d->strokeChanged), d->strokeLabel);
    d->strokeChanged.clear();
    d->stroking = false;
    if (Result<void> stored = Readings::paintMask(d->workspace, d->session, d->findings.at(key).id, delta); !stored) {
        MaskGeometry *mask = d->maskOf(key);
        delta.revert(*mask);
        emit maskChanged(boundsOf(delta, mask->size));
        return stored;
    }
    d->stack->push(new PaintCommand(this, text, key, delta));
    emit findingChanged(key);
    return {};
}

void AnnotationDocument::cancelStroke()
{
    if (!d->stroking)
        return;
    d->stroking = false;
    if (d->strokeNewMask) {
        const std::array<int, 3> size = d->strokeNewMask->size;
        d->strokeNewMask.reset();
        d->strokeChanged.clear();
        emit maskChanged({0, 0, 0, size[0] - 1, size[1] - 1, size[2] - 1});
        return;
    }
    MaskGeometry *mask = d->maskOf(*maskKey());
    const MaskDelta delta = strokeDelta(std::move(d->strokeChanged), d->strokeLabel);
    d->strokeChanged.clear();
    delta.revert(*mask);
    if (!delta.isEmpty())
        emit maskChanged(boundsOf(delta, mask->size));
}

bool AnnotationDocument::isStroking() const
{
    return d->stroking;
}

Result<void> AnnotationDocument::paint(const std::vector<qint64> &voxels, std::uint8_t label, const QString &description,
                                       int onlyOver)
{
    if (Result<void> begun = beginStroke(label, onlyOver); !begun)
        return begun;
    strokeVoxels(voxels);
    return endStroke(description);
}

Result<void> AnnotationDocument::replaceMask(const std::vector<std::uint8_t> &labels, const QString &description)
{
    if (isReadOnly())
        return readOnlyError(d->readOnlyReason);
    const MaskGeometry *current = mask();
    const std::size_t voxels = std::size_t(d->context.imageSize[0]) * std::size_t(d->context.imageSize[1]) *
                               std::size_t(d->context.imageSize[2]);
    if (labels.size() != voxels)
        return makeError(ErrorCode::InvalidArgument, tr("The new mask does not have the size of the images."));
    const int highest = labels.empty() ? 0 : *std::max_element(labels.begin(), labels.end());
    if (highest > maskLabelCount()) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("Mask label %1 does not exist; the schema has %2.").arg(highest).arg(maskLabelCount()));
    }
    // One stroke per label value that appears in the change, grouped into one undo step.
    std::map<std::uint8_t, std::vector<qint64>> byLabel;
    for (std::size_t index = 0; index < voxels; ++index) {
        const std::uint8_t old = current ? current->labels[index] : 0;
        if (labels[index] != old)
            byLabel[labels[index]].push_back(qint64(index));
    }
    if (byLabel.empty())
        return {};
    d->stack->beginMacro(description);
    Result<void> result;
    for (auto &[label, indices] : byLabel) {
        result = paint(indices, label, description);
        if (!result)
            break;
    }
    d->stack->endMacro();
    return result;
}

void AnnotationDocument::recordTime()
{
    if (isReadOnly() || !d->sinceTimeRecorded.isValid())
        return;
    const qint64 seconds = d->sinceTimeRecorded.elapsed() / 1000;
    if (seconds < 1)
        return;
    if (Readings::addTimeSpent(d->workspace, d->session, d->reading.id, seconds)) {
        d->reading.secondsSpent += seconds;
        d->sinceTimeRecorded.restart();
        // Keep the remainder: restart() drops the fraction of a second, which is fine.
    }
}

QStringList AnnotationDocument::missingAnswers() const
{
    QStringList missing;
    const LabelSchema &schema = d->context.schema;
    if (schema.studyClassRequired && !d->reading.studyClass)
        missing.append(tr("The study class is not set."));
    int number = 0;
    for (int key : d->order) {
        ++number;
        const Finding &f = d->findings.at(key);
        for (const FindingAttribute &a : schema.attributes) {
            if (a.required && f.attributes.value(a.key).toString().trimmed().isEmpty()) {
                missing.append(tr("Finding %1 (%2) lacks the required attribute '%3'.")
                                   .arg(number)
                                   .arg(kindText(f.kind()), QLocale().language() == QLocale::Russian && !a.nameRu.isEmpty()
                                                                ? a.nameRu
                                                                : (a.name.isEmpty() ? a.key : a.name)));
            }
        }
    }
    return missing;
}

Result<void> AnnotationDocument::submit()
{
    if (isReadOnly())
        return readOnlyError(d->readOnlyReason);
    if (d->stroking)
        return makeError(ErrorCode::InvalidState, tr("Finish or cancel the brush stroke before submitting."));
    const QStringList missing = missingAnswers();
    if (!missing.isEmpty())
        return makeError(ErrorCode::InvalidState, missing.join(QLatin1Char(' ')));
    recordTime();
    if (Result<void> submitted = Readings::submit(d->workspace, d->session, d->reading.id); !submitted)
        return submitted;
    d->minuteTimer->stop();
    d->sinceTimeRecorded.invalidate();
    d->reading.state = ReadingState::Submitted;
    if (Result<Reading> stored = Readings::reading(d->workspace, d->session, d->reading.id))
        d->reading.submittedAt = stored->submittedAt;
    d->readOnlyReason = tr("This reading is submitted and locked; it opens read-only.");
    d->stack->clear();
    emit readOnlyChanged(true);
    return {};
}

} // namespace etalon::core::annotation
