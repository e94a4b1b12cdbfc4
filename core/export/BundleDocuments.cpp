#include "core/export/BundleDocuments.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace etalon::core::release {

namespace {

// The README's text is a file format read by people outside the workspace: plain English
// constants, not tr() (error messages are translated).

const QString NotSpecified = QStringLiteral("Not specified.");
const QString ChartFile = QStringLiteral("classes.png");
const QString LogoFile = QStringLiteral("logo.png");

struct Span {
    QString text;
    bool bold = false;
    bool code = false;
};
using Inline = QList<Span>;

Inline plain(const QString &text)
{
    return {Span{text}};
}

Inline labelled(const QString &label, const QString &value)
{
    return {Span{label + QStringLiteral(": "), true}, Span{value.trimmed().isEmpty() ? NotSpecified : value}};
}

/// One block of the README, rendered both as Markdown and as HTML (for the PDF).
struct Block {
    enum Kind { Heading, Paragraph, Bullets, Table, Image, Preformatted };
    Kind kind = Paragraph;
    int level = 0;
    Inline text;
    QList<Inline> items;
    QStringList header;
    QList<QStringList> rows;
    QString pre;
};

Block heading(int level, const QString &text)
{
    Block b;
    b.kind = Block::Heading;
    b.level = level;
    b.text = plain(text);
    return b;
}

Block paragraph(const Inline &text)
{
    Block b;
    b.kind = Block::Paragraph;
    b.text = text;
    return b;
}

Block bullets(const QList<Inline> &items)
{
    Block b;
    b.kind = Block::Bullets;
    b.items = items;
    return b;
}

Block table(const QStringList &header, const QList<QStringList> &rows)
{
    Block b;
    b.kind = Block::Table;
    b.header = header;
    b.rows = rows;
    return b;
}

/// Free text of the documentation: paragraphs separated by blank lines; "Not specified." when empty.
QList<Block> userText(const QString &text)
{
    QList<Block> blocks;
    const QString normalised = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).trimmed();
    if (normalised.isEmpty())
        return {paragraph(plain(NotSpecified))};
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    for (const QString &part : normalised.split(blankLine, Qt::SkipEmptyParts))
        blocks.append(paragraph(plain(part.trimmed())));
    return blocks;
}

QString orNotSpecified(const QString &text)
{
    return text.trimmed().isEmpty() ? NotSpecified : text.trimmed();
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString percent(double fraction)
{
    return number(100.0 * fraction, 1) + QLatin1Char('%');
}

QString humanSize(qint64 bytes)
{
    const double b = double(bytes);
    if (b >= 1e12)
        return number(b / 1e12, 2) + QStringLiteral(" TB");
    if (b >= 1e9)
        return number(b / 1e9, 2) + QStringLiteral(" GB");
    if (b >= 1e6)
        return number(b / 1e6, 1) + QStringLiteral(" MB");
    if (b >= 1e3)
        return number(b / 1e3, 1) + QStringLiteral(" kB");
    return QString::number(bytes) + QStringLiteral(" bytes");
}

QString isoDate(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().date().toString(Qt::ISODate) : QString();
}

// ---- Markdown

/// Escapes Markdown's inline syntax in one line of plain text (CommonMark backslash escapes).
QString escapeMarkdownInline(const QString &line)
{
    QString out;
    out.reserve(line.size() + 8);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        switch (c.unicode()) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '~':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '&': {
            // Only what would read as an entity ("&lt;", "&#60;") needs the escape.
            static const QRegularExpression entity(QStringLiteral("^&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"));
            if (entity.match(line.mid(i)).hasMatch())
                out += QLatin1Char('\\');
            out += c;
            break;
        }
        default:
            out += c;
        }
    }
    return out;
}

/// Escapes inline and block syntax in one line of plain text that starts a line or a list item.
QString escapeMarkdownLine(const QString &line)
{
    QString out = escapeMarkdownInline(line);
    // Block syntax at the start of a line: headings, lists, quotes, setext underlines, numbered lists.
    static const QRegularExpression blockStart(QStringLiteral("^(\\s*)([#+=\\-]|\\d+(?=[.)]))"));
    const QRegularExpressionMatch m = blockStart.match(out);
    if (m.hasMatch()) {
        if (m.captured(2).front().isDigit())
            out.insert(m.capturedEnd(2), QLatin1Char('\\'));
        else
            out.insert(m.capturedStart(2), QLatin1Char('\\'));
    }
    return out;
}

/// Plain text (possibly several lines) as Markdown; line breaks stay line breaks. Block
/// syntax is escaped on every line after the first, and on the first when it starts a line.
QString escapeMarkdown(const QString &text, bool atLineStart)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i)
        lines[i] = i == 0 && !atLineStart ? escapeMarkdownInline(lines.at(i)) : escapeMarkdownLine(lines.at(i).trimmed());
    return lines.join(QStringLiteral("\\\n"));
}

QString codeSpan(const QString &text)
{
    const QString fence = text.contains(QLatin1Char('`')) ? QStringLiteral("``") : QStringLiteral("`");
    const QString pad = text.startsWith(QLatin1Char('`')) || text.endsWith(QLatin1Char('`')) ? QStringLiteral(" ") : QString();
    return fence + pad + text + pad + fence;
}

QString inlineMarkdown(const Inline &spans)
{
    QString out;
    for (const Span &span : spans) {
        const bool atLineStart = out.isEmpty();
        if (span.code)
            out += codeSpan(span.text);
        else if (span.bold)
            out += QStringLiteral("**") + escapeMarkdown(span.text.trimmed(), false) + QStringLiteral("**")
                   + (span.text.endsWith(QLatin1Char(' ')) ? QStringLiteral(" ") : QString());
        else
            out += escapeMarkdown(span.text, atLineStart);
    }
    return out;
}

QString cellMarkdown(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return escapeMarkdownInline(t.trimmed());
}

QString toMarkdown(const QList<Block> &blocks)
{
    QStringList parts;
    for (const Block &b : blocks) {
        switch (b.kind) {
        case Block::Heading:
            parts.append(QString(b.level, QLatin1Char('#')) + QLatin1Char(' ') + escapeMarkdownInline(b.text.value(0).text));
            break;
        case Block::Paragraph:
            parts.append(inlineMarkdown(b.text));
            break;
        case Block::Bullets: {
            QStringList items;
            for (const Inline &item : b.items)
                items.append(QStringLiteral("- ") + inlineMarkdown(item).replace(QLatin1Char('\n'), QStringLiteral("\n  ")));
            parts.append(items.join(QLatin1Char('\n')));
            break;
        }
        case Block::Table: {
            QStringList lines;
            QStringList header;
            QStringList rule;
            for (const QString &h : b.header) {
                header.append(cellMarkdown(h));
                rule.append(QStringLiteral("---"));
            }
            lines.append(QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
            lines.append(QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
            for (const QStringList &row : b.rows) {
                QStringList cells;
                for (const QString &cell : row)
                    cells.append(cellMarkdown(cell));
                lines.append(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
            }
            parts.append(lines.join(QLatin1Char('\n')));
            break;
        }
        case Block::Image: // pre: the image file (default the chart)
            parts.append(QStringLiteral("![%1](%2)").arg(escapeMarkdownLine(b.text.value(0).text), b.pre.isEmpty() ? ChartFile : b.pre));
            break;
        case Block::Preformatted:
            parts.append(QStringLiteral("```text\n") + b.pre + QStringLiteral("\n```"));
            break;
        }
    }
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

// ---- HTML (for the PDF)

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString inlineHtml(const Inline &spans)
{
    QString out;
    for (const Span &span : spans) {
        if (span.code)
            out += QStringLiteral("<code>") + escapeHtml(span.text) + QStringLiteral("</code>");
        else if (span.bold)
            out += QStringLiteral("<b>") + escapeHtml(span.text) + QStringLiteral("</b>");
        else
            out += escapeHtml(span.text);
    }
    return out;
}

/// `pageBreaks`: indexes (among the headings) of headings that start a new page.
QString toHtml(const QList<Block> &blocks, int imageWidth, const QSet<int> &pageBreaks)
{
    int headingIndex = -1;
    QString html = QStringLiteral(
        "<html><head><style>"
        "h1 { font-size: 17pt; color: #1a3c6e; margin-bottom: 4px; }"
        "h2 { font-size: 13pt; color: #1a3c6e; margin-top: 16px; margin-bottom: 6px; }"
        "h3 { font-size: 11pt; color: #333333; margin-top: 10px; margin-bottom: 4px; }"
        "p { margin-top: 3px; margin-bottom: 5px; }"
        "th { background-color: #e8edf4; font-weight: bold; }"
        "td, th { padding: 3px; }"
        "pre { font-size: 8pt; margin-bottom: 8px; }"
        "</style></head><body>");
    for (const Block &b : blocks) {
        switch (b.kind) {
        case Block::Heading:
            html += QStringLiteral("<h%1%2>%3</h%1>")
                        .arg(qBound(1, b.level, 6))
                        .arg(pageBreaks.contains(++headingIndex) ? QStringLiteral(" style=\"page-break-before: always\"") : QString())
                        .arg(inlineHtml(b.text));
            break;
        case Block::Paragraph:
            html += QStringLiteral("<p>") + inlineHtml(b.text) + QStringLiteral("</p>");
            break;
        case Block::Bullets:
            html += QStringLiteral("<ul>");
            for (const Inline &item : b.items)
                html += QStringLiteral("<li>") + inlineHtml(item) + QStringLiteral("</li>");
            html += QStringLiteral("</ul>");
            break;
        case Block::Table:
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                                   "style=\"border-collapse: collapse; border-color: #8a94a6; margin-bottom: 6px;\"><tr>");
            for (const QString &h : b.header)
                html += QStringLiteral("<th align=\"left\">") + escapeHtml(h) + QStringLiteral("</th>");
            html += QStringLiteral("</tr>");
            for (const QStringList &row : b.rows) {
                html += QStringLiteral("<tr>");
                for (const QString &cell : row)
                    html += QStringLiteral("<td>") + escapeHtml(cell) + QStringLiteral("</td>");
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
            break;
        case Block::Image:
            // level: the width in percent of the chart's (0: full)
            html += QStringLiteral("<p align=\"%1\"><img src=\"%2\" width=\"%3\"></p>")
                        .arg(b.level > 0 ? QStringLiteral("left") : QStringLiteral("center"), b.pre.isEmpty() ? ChartFile : b.pre)
                        .arg(b.level > 0 ? imageWidth * b.level / 100 : imageWidth);
            break;
        case Block::Preformatted:
            html += QStringLiteral("<pre>") + b.pre.toHtmlEscaped() + QStringLiteral("</pre>");
            break;
        }
    }
    html += QStringLiteral("</body></html>");
    return html;
}

// ---- Content

QString classCountsText(const ReleaseContent &content)
{
    const QMap<QString, int> counts = content.classCounts();
    QStringList parts;
    for (const LabelClass &c : content.dataset.spec.schema.classes)
        parts.append(QStringLiteral("%1: %2").arg(c.code).arg(counts.value(c.code)));
    return parts.join(QStringLiteral("; "));
}

/// "CT (40), MR (2)" over the released units; the documentation's text when set.
QString modalityText(const ReleaseContent &content)
{
    if (!content.documentation.modalityProcedure.trimmed().isEmpty())
        return content.documentation.modalityProcedure.trimmed();
    QMap<QString, int> byModality;
    for (const BundleUnit *unit : content.releasedUnits()) {
        QString text = unit->modality.isEmpty() ? QStringLiteral("unknown modality") : unit->modality;
        if (!unit->bodyPart.isEmpty())
            text += QStringLiteral(", ") + unit->bodyPart.toLower();
        ++byModality[text];
    }
    if (byModality.size() == 1)
        return byModality.firstKey();
    QStringList parts;
    for (auto it = byModality.cbegin(); it != byModality.cend(); ++it)
        parts.append(QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()));
    return parts.join(QStringLiteral("; "));
}

QString icd10Text(const ReleaseContent &content)
{
    if (!content.documentation.icd10.trimmed().isEmpty())
        return content.documentation.icd10.trimmed();
    QStringList codes;
    for (const LabelClass &c : content.dataset.spec.schema.classes) {
        if (!c.icd10.isEmpty() && !codes.contains(c.icd10))
            codes.append(c.icd10);
    }
    for (const LabelClass &c : content.dataset.spec.schema.findingLabels) {
        if (!c.icd10.isEmpty() && !codes.contains(c.icd10))
            codes.append(c.icd10);
    }
    return codes.join(QStringLiteral(", "));
}

QString purposeText(workflow::DatasetPurpose purpose)
{
    switch (purpose) {
    case workflow::DatasetPurpose::Functional:
        return QStringLiteral("functional testing");
    case workflow::DatasetPurpose::Calibration:
        return QStringLiteral("calibration testing");
    case workflow::DatasetPurpose::FineTuning:
        return QStringLiteral("fine-tuning");
    case workflow::DatasetPurpose::Training:
        return QStringLiteral("training");
    case workflow::DatasetPurpose::Dynamic:
        return QStringLiteral("dynamic (monitoring) testing");
    case workflow::DatasetPurpose::TechnicalDefects:
        return QStringLiteral("technical defects testing");
    }
    return {};
}

QString kappaText(const evaluation::KappaEstimate &k)
{
    return QStringLiteral("%1 (95% CI %2 to %3; %4 studies)")
        .arg(number(k.kappa, 3), number(k.ciLower, 3), number(k.ciUpper, 3))
        .arg(k.items);
}

QString summaryText(const evaluation::DistributionSummary &s, int decimals)
{
    return QStringLiteral("median %1 (IQR %2 to %3; range %4 to %5; n = %6)")
        .arg(number(s.median, decimals), number(s.q1, decimals), number(s.q3, decimals), number(s.min, decimals),
             number(s.max, decimals))
        .arg(s.count);
}

QString rootFileDescription(const QString &name)
{
    static const QMap<QString, QString> descriptions = {
        {QStringLiteral("README.md"), QStringLiteral("This description (Markdown).")},
        {QStringLiteral("README.pdf"), QStringLiteral("This description (PDF).")},
        {QStringLiteral("CHANGELOG.md"), QStringLiteral("Every version of the dataset with its changes, newest first.")},
        {QStringLiteral("registry.csv"), QStringLiteral("The dataset registry row of this version.")},
        {QStringLiteral("classes.png"), QStringLiteral("Class-balance chart: released units per class against the plan's target.")},
        {QStringLiteral("logo.png"), QStringLiteral("The logo of the organisation releasing the dataset.")},
        {QStringLiteral("labels.csv"), QStringLiteral("One row per data unit: final class, verification level, outcome (agreed, arbitrated, excluded).")},
        {QStringLiteral("readings.csv"), QStringLiteral("Every reader's answer per data unit (readers pseudonymised), for independent analysis.")},
        {QStringLiteral("findings.csv"), QStringLiteral("Findings (points, boxes, contours, masks) of the final labels and of every reading, with slice and patient coordinates.")},
        {QStringLiteral("annotations_coco.json"), QStringLiteral("Boxes and polygons on 2D images in COCO format.")},
        {QStringLiteral("MANIFEST.sha256"), QStringLiteral("SHA-256 checksum of every file of the bundle.")},
    };
    return descriptions.value(name, QStringLiteral("-"));
}

QString folderDescription(const QString &name)
{
    if (name == QLatin1String("dicom"))
        return QStringLiteral("De-identified DICOM images: one folder per data unit, named by its study id.");
    if (name == QLatin1String("masks"))
        return QStringLiteral("Masks and contours per data unit (NIfTI, DICOM SEG, RTSTRUCT).");
    return QStringLiteral("-");
}

/// A compact tree of the bundle: root files, then each folder with a few of its entries.
QString directoryTree(const QStringList &files)
{
    QStringList rootFiles;
    QMap<QString, QMap<QString, int>> folders; // top folder -> second-level entry -> files under it
    for (const QString &file : files) {
        const QStringList parts = QDir::fromNativeSeparators(file).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        if (parts.size() == 1)
            rootFiles.append(parts.front());
        else
            ++folders[parts.front()][parts.size() > 2 ? parts.at(1) + QLatin1Char('/') : parts.at(1)];
    }
    rootFiles.sort();
    rootFiles.removeDuplicates();
    constexpr int Shown = 3;
    QStringList lines{QStringLiteral("./")};
    const int entries = int(rootFiles.size() + folders.size());
    int index = 0;
    for (const QString &name : std::as_const(rootFiles))
        lines.append((++index == entries ? QStringLiteral("└── ") : QStringLiteral("├── ")) + name);
    for (auto folder = folders.cbegin(); folder != folders.cend(); ++folder) {
        const bool lastFolder = ++index == entries;
        int fileCount = 0;
        for (int n : folder.value())
            fileCount += n;
        lines.append((lastFolder ? QStringLiteral("└── ") : QStringLiteral("├── ")) + folder.key()
                     + QStringLiteral("/  (%1 entries, %2 files)").arg(folder.value().size()).arg(fileCount));
        const QString indent = lastFolder ? QStringLiteral("    ") : QStringLiteral("│   ");
        int shown = 0;
        const int total = int(folder.value().size());
        for (auto entry = folder.value().cbegin(); entry != folder.value().cend() && shown < Shown; ++entry, ++shown) {
            const bool last = shown + 1 == total;
            QString line = indent + (last ? QStringLiteral("└── ") : QStringLiteral("├── ")) + entry.key();
            if (entry.key().endsWith(QLatin1Char('/')))
                line += QStringLiteral("  (%1 files)").arg(entry.value());
            lines.append(line);
        }
        if (total > Shown)
            lines.append(indent + QStringLiteral("└── ... %1 more").arg(total - Shown));
    }
    return lines.join(QLatin1Char('\n'));
}

QList<Block> readmeBlocks(const ReleaseContent &content, const QStringList &bundleFiles, bool forPdf)
{
    const workflow::DatasetSpec &spec = content.dataset.spec;
    const workflow::ReleaseDocumentation &doc = content.documentation;
    const LabelSchema &schema = spec.schema;
    const QString version = content.version.toString();
    const QString date = isoDate(content.releasedAt);
    const QList<const BundleUnit *> released = content.releasedUnits();
    const QMap<QString, int> counts = content.classCounts();
    QStringList classCodes;
    for (const LabelClass &c : schema.classes)
        classCodes.append(c.code);

    QList<Block> blocks;
    if (!doc.logoPng.isEmpty()) {
        Block logo;
        logo.kind = Block::Image;
        logo.pre = LogoFile;
        logo.level = 25;
        logo.text = plain(doc.organisation.isEmpty() ? QStringLiteral("Logo") : doc.organisation);
        blocks.append(logo);
    }
    blocks.append(heading(1, orNotSpecified(spec.name)));
    blocks.append(paragraph({Span{spec.code, false, true}, Span{QStringLiteral(" — version %1, released %2").arg(version, orNotSpecified(date))}}));

    // 1
    blocks.append(heading(2, QStringLiteral("1. General information")));
    blocks.append(bullets({labelled(QStringLiteral("Name"), spec.name), labelled(QStringLiteral("Organisation"), doc.organisation),
                           labelled(QStringLiteral("Summary"), doc.summary),
                           labelled(QStringLiteral("Version"), QStringLiteral("%1 (%2)").arg(version, orNotSpecified(date))),
                           labelled(QStringLiteral("Purpose"), purposeText(spec.purpose)),
                           labelled(QStringLiteral("Clinical task"), spec.clinicalTask),
                           labelled(QStringLiteral("Data unit"), spec.dataUnit),
                           labelled(QStringLiteral("Data source"), spec.dataSource)}));

    // 2
    blocks.append(heading(2, QStringLiteral("2. Disclaimer")));
    blocks.append(heading(3, QStringLiteral("Intended use")));
    blocks.append(userText(doc.intendedUse));
    blocks.append(heading(3, QStringLiteral("Licence terms")));
    blocks.append(paragraph(labelled(QStringLiteral("Licence"), doc.licence)));
    blocks.append(heading(3, QStringLiteral("Prohibited uses")));
    blocks.append(userText(doc.prohibitedUses));

    // 3
    blocks.append(heading(2, QStringLiteral("3. Variables")));
    blocks.append(table({QStringLiteral("Variable"), QStringLiteral("Value")},
                        {{QStringLiteral("Name"), orNotSpecified(spec.name)},
                         {QStringLiteral("Internal code"), spec.code},
                         {QStringLiteral("Label classes"), orNotSpecified(classCodes.join(QStringLiteral(", ")))},
                         {QStringLiteral("Keywords"), orNotSpecified(doc.keywords)},
                         {QStringLiteral("Language"), orNotSpecified(doc.language)},
                         {QStringLiteral("Funding"), orNotSpecified(doc.funding)},
                         {QStringLiteral("Version"), version},
                         {QStringLiteral("Permanent link"), orNotSpecified(doc.permanentLink)},
                         {QStringLiteral("Publication date"), orNotSpecified(date)}}));

    // 4
    blocks.append(heading(2, QStringLiteral("4. Preparation of studies")));
    qint64 bytes = 0;
    for (const BundleUnit &unit : content.units)
        bytes += unit.dicomBytes;
    blocks.append(bullets(
        {labelled(QStringLiteral("Data source"), spec.dataSource), labelled(QStringLiteral("Modality / procedure"), modalityText(content)),
         labelled(QStringLiteral("Data unit"), spec.dataUnit),
         labelled(QStringLiteral("Data units"),
                  QStringLiteral("%1 released (of %2 verified), %3 of DICOM images").arg(released.size()).arg(content.units.size()).arg(humanSize(bytes))),
         labelled(QStringLiteral("De-identification"),
                  QStringLiteral("DICOM PS3.15 Basic Application Level Confidentiality Profile; study, series and instance UIDs "
                                 "replaced consistently across images and derived objects; dates %1; no original patient "
                                 "identifier in any file or file name.")
                      .arg(content.datesRemoved ? QStringLiteral("removed") : QStringLiteral("shifted by a fixed, undisclosed number of days")))}));
    blocks.append(heading(3, QStringLiteral("Selection and preparation")));
    blocks.append(userText(doc.preparationPrinciples));

    // 5
    blocks.append(heading(2, QStringLiteral("5. Labelling principles")));
    blocks.append(paragraph(labelled(QStringLiteral("Label schema"),
                                     QStringLiteral("%1 (%2; %3 classes; a study class is %4)")
                                         .arg(orNotSpecified(schema.name), schema.scale == ClassScale::Ordinal ? QStringLiteral("ordinal") : QStringLiteral("nominal"))
                                         .arg(schema.classes.size())
                                         .arg(schema.studyClassRequired ? QStringLiteral("required") : QStringLiteral("optional")))));
    QList<QStringList> classRows;
    for (const LabelClass &c : schema.classes)
        classRows.append({c.code, c.name, orNotSpecified(c.description), c.icd10.isEmpty() ? QStringLiteral("-") : c.icd10});
    blocks.append(table({QStringLiteral("Class"), QStringLiteral("Name"), QStringLiteral("Criterion"), QStringLiteral("ICD-10")}, classRows));
    if (!schema.findingKinds.isEmpty()) {
        QStringList kinds;
        for (FindingKind kind : schema.findingKinds)
            kinds.append(findingKindName(kind));
        blocks.append(paragraph(labelled(QStringLiteral("Findings readers may draw"), kinds.join(QStringLiteral(", ")))));
    }
    if (!schema.findingLabels.isEmpty()) {
        QList<QStringList> labelRows;
        int value = 0;
        for (const LabelClass &c : schema.findingLabels)
            labelRows.append({QString::number(++value), c.code, c.name, orNotSpecified(c.description), c.icd10.isEmpty() ? QStringLiteral("-") : c.icd10});
        blocks.append(heading(3, QStringLiteral("Finding labels")));
        blocks.append(table({QStringLiteral("Mask value"), QStringLiteral("Label"), QStringLiteral("Name"), QStringLiteral("Criterion"), QStringLiteral("ICD-10")},
                            labelRows));
    }
    blocks.append(heading(3, QStringLiteral("Further principles")));
    blocks.append(userText(doc.labellingPrinciples));

    // 6
    blocks.append(heading(2, QStringLiteral("6. Labelling verification")));
    blocks.append(paragraph(labelled(QStringLiteral("Method"), spec.verificationMethod)));
    const workflow::DisagreementThresholds &t = spec.thresholds;
    QList<Inline> thresholdItems;
    if (schema.scale == ClassScale::Ordinal)
        thresholdItems.append(labelled(QStringLiteral("Ordinal tolerance"), QStringLiteral("classes %1 rank(s) apart still agree").arg(t.ordinalTolerance)));
    thresholdItems.append(labelled(QStringLiteral("Boxes and contours"), QStringLiteral("IoU ≥ %1").arg(number(t.iou, 2))));
    thresholdItems.append(labelled(QStringLiteral("Masks"), QStringLiteral("Dice ≥ %1 for every label%2")
                                                                .arg(number(t.dice, 2), t.hd95Mm ? QStringLiteral(", HD95 ≤ %1 mm").arg(number(*t.hd95Mm, 1)) : QString())));
    thresholdItems.append(labelled(QStringLiteral("Points"), QStringLiteral("within %1 mm").arg(number(t.pointToleranceMm, 1))));
    thresholdItems.append(labelled(QStringLiteral("Agreed findings combined by"), workflow::findingConsensusName(t.findingConsensus)));
    blocks.append(paragraph({Span{QStringLiteral("Two readings disagree when:"), true}}));
    blocks.append(bullets(thresholdItems));
    blocks.append(heading(3, QStringLiteral("Further principles")));
    blocks.append(userText(doc.verificationPrinciples));

    QMap<QString, int> outcomes;
    QMap<QString, int> levels;
    for (const BundleUnit &unit : content.units) {
        ++outcomes[unit.finalState.isEmpty() ? QStringLiteral("not verified") : unit.finalState];
        ++levels[unit.verificationLevel.isEmpty() ? QStringLiteral("not verified") : unit.verificationLevel];
    }
    blocks.append(heading(3, QStringLiteral("Outcome of verification")));
    QList<QStringList> outcomeRows;
    const QStringList outcomeOrder{QStringLiteral("agreed"), QStringLiteral("arbitrated"), QStringLiteral("excluded"), QStringLiteral("not verified")};
    const QMap<QString, QString> outcomeMeaning{
        {QStringLiteral("agreed"), QStringLiteral("the two independent readings agreed")},
        {QStringLiteral("arbitrated"), QStringLiteral("an expert decided a disagreement")},
        {QStringLiteral("excluded"), QStringLiteral("unresolvable: not released")},
        {QStringLiteral("not verified"), QStringLiteral("no final labels")}};
    for (const QString &o : outcomeOrder) {
        if (o == outcomeOrder.back() && !outcomes.contains(o))
            continue;
        outcomeRows.append({o, outcomeMeaning.value(o), QString::number(outcomes.value(o))});
    }
    blocks.append(table({QStringLiteral("Outcome"), QStringLiteral("Meaning"), QStringLiteral("Units")}, outcomeRows));
    QList<QStringList> levelRows;
    for (const QString &l : {QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("not verified")}) {
        if (l == QLatin1String("not verified") && !levels.contains(l))
            continue;
        levelRows.append({l, QString::number(levels.value(l))});
    }
    blocks.append(table({QStringLiteral("Verification level"), QStringLiteral("Units")}, levelRows));

    QList<QStringList> excludedRows;
    for (const BundleUnit &unit : content.units) {
        if (unit.finalState == QLatin1String("excluded"))
            excludedRows.append({unit.pseudonym, orNotSpecified(unit.exclusionReason)});
    }
    if (!excludedRows.isEmpty()) {
        blocks.append(heading(3, QStringLiteral("Excluded units")));
        blocks.append(table({QStringLiteral("Study id"), QStringLiteral("Reason")}, excludedRows));
    }

    blocks.append(heading(3, QStringLiteral("Agreement between readers")));
    const workflow::ClassAgreement &ca = content.statistics.classes;
    QList<Inline> agreement;
    agreement.append(labelled(QStringLiteral("Studies read twice"),
                              QStringLiteral("%1 (%2 with a class from both readers)").arg(ca.completedPairs).arg(ca.items)));
    agreement.append(labelled(QStringLiteral("Percent agreement"), ca.percentAgreement ? percent(*ca.percentAgreement) : NotSpecified));
    agreement.append(labelled(QStringLiteral("Cohen's kappa"), ca.cohenKappa ? kappaText(*ca.cohenKappa) : QStringLiteral("undefined")));
    if (schema.scale == ClassScale::Ordinal) {
        agreement.append(labelled(QStringLiteral("Linear-weighted kappa"), ca.linearKappa ? kappaText(*ca.linearKappa) : QStringLiteral("undefined")));
        agreement.append(labelled(QStringLiteral("Quadratic-weighted kappa"), ca.quadraticKappa ? kappaText(*ca.quadraticKappa) : QStringLiteral("undefined")));
    }
    if (ca.fleissKappa)
        agreement.append(labelled(QStringLiteral("Fleiss' kappa"), QStringLiteral("%1 (%2 studies, %3 reads each)")
                                                                    .arg(number(ca.fleissKappa->kappa, 3))
                                                                    .arg(ca.fleissKappa->items)
                                                                    .arg(ca.fleissKappa->ratersPerItem)));
    const workflow::DatasetStatus &process = content.statistics.process;
    if (process.completedPairs > 0)
        agreement.append(labelled(QStringLiteral("Disputed after two readings"), QStringLiteral("%1 of %2 (%3)")
                                                                                  .arg(process.disputedAfterTwoReads)
                                                                                  .arg(process.completedPairs)
                                                                                  .arg(percent(process.disputedShare))));
    const workflow::FindingAgreement &fa = content.statistics.findings;
    if (fa.studiesCompared > 0) {
        agreement.append(labelled(QStringLiteral("Findings compared"), QStringLiteral("%1 studies; %2 matched pairs, %3 + %4 findings without a partner")
                                                                        .arg(fa.studiesCompared)
                                                                        .arg(fa.matchedPairs)
                                                                        .arg(fa.unmatchedA)
                                                                        .arg(fa.unmatchedB)));
        if (fa.iou)
            agreement.append(labelled(QStringLiteral("IoU of matched boxes and contours"), summaryText(*fa.iou, 3)));
        for (auto it = fa.diceByLabel.cbegin(); it != fa.diceByLabel.cend(); ++it)
            agreement.append(labelled(QStringLiteral("Dice of matched masks, %1").arg(fa.labelCodes.value(it.key(), QString::number(it.key()))),
                                      summaryText(it.value(), 3)));
        for (auto it = fa.hd95ByLabel.cbegin(); it != fa.hd95ByLabel.cend(); ++it)
            agreement.append(labelled(QStringLiteral("HD95 of matched masks, %1 (mm)").arg(fa.labelCodes.value(it.key(), QString::number(it.key()))),
                                      summaryText(it.value(), 1)));
    }
    blocks.append(bullets(agreement));

    struct ReaderRow {
        QString role;
        int years = 0;
        QString degree;
        int readings = 0;
    };
    QMap<QString, ReaderRow> readers;
    for (const BundleUnit &unit : content.units) {
        for (const BundleReading &r : unit.readings) {
            ReaderRow &row = readers[r.reader];
            row.role = r.role == QLatin1String("arbitration") ? QStringLiteral("expert") : QStringLiteral("reader");
            row.years = r.yearsExperience;
            row.degree = r.degree;
            ++row.readings;
        }
    }
    if (!readers.isEmpty()) {
        QList<QStringList> readerRows;
        for (auto it = readers.cbegin(); it != readers.cend(); ++it)
            readerRows.append({it.key(), it->role, QString::number(it->years), it->degree.isEmpty() ? QStringLiteral("-") : it->degree,
                               QString::number(it->readings)});
        blocks.append(heading(3, QStringLiteral("Readers (pseudonymised)")));
        blocks.append(table({QStringLiteral("Reader"), QStringLiteral("Role"), QStringLiteral("Years of experience"), QStringLiteral("Degree"),
                             QStringLiteral("Readings")},
                            readerRows));
    }

    // 7
    blocks.append(heading(2, QStringLiteral("7. Content")));
    blocks.append(paragraph(plain(QStringLiteral("%1 data units are released (agreed or arbitrated); %2 excluded units are listed in "
                                                 "labels.csv without images.")
                                      .arg(released.size())
                                      .arg(outcomes.value(QStringLiteral("excluded"))))));
    QList<QStringList> balanceRows;
    int targetTotal = 0;
    for (const LabelClass &c : schema.classes) {
        const int n = counts.value(c.code);
        const int target = spec.classTargets.value(c.code);
        targetTotal += target;
        balanceRows.append({c.code, c.name, QString::number(n), released.isEmpty() ? QStringLiteral("-") : percent(double(n) / double(released.size())),
                            target > 0 ? QString::number(target) : QStringLiteral("-"),
                            target > 0 ? percent(double(n) / double(target)) : QStringLiteral("-")});
    }
    int classified = 0;
    for (int n : counts)
        classified += n;
    if (classified < released.size())
        balanceRows.append({QStringLiteral("-"), QStringLiteral("no study class"), QString::number(released.size() - classified),
                            percent(double(released.size() - classified) / double(released.size())), QStringLiteral("-"), QStringLiteral("-")});
    balanceRows.append({QStringLiteral("Total"), QString(), QString::number(released.size()), released.isEmpty() ? QStringLiteral("-") : percent(1.0),
                        targetTotal > 0 ? QString::number(targetTotal) : QStringLiteral("-"),
                        targetTotal > 0 ? percent(double(released.size()) / double(targetTotal)) : QStringLiteral("-")});
    blocks.append(table({QStringLiteral("Class"), QStringLiteral("Name"), QStringLiteral("Units"), QStringLiteral("Share"), QStringLiteral("Target"),
                         QStringLiteral("Of target")},
                        balanceRows));
    Block chart;
    chart.kind = Block::Image;
    chart.text = plain(QStringLiteral("Class balance: released units per class and the plan's target"));
    blocks.append(chart);
    if (!forPdf)
        blocks.append(paragraph(plain(QStringLiteral("Figure: released units per class (filled, in the class colour) and the plan's target (outlined)."))));

    // 8
    blocks.append(heading(2, QStringLiteral("8. Licence, copies, citation and distribution")));
    blocks.append(bullets({labelled(QStringLiteral("Licence"), doc.licence), labelled(QStringLiteral("Copies"), doc.copies),
                           labelled(QStringLiteral("Recommended citation"), doc.citation),
                           labelled(QStringLiteral("Distribution rules"), doc.distributionRules)}));

    // 9, 10
    blocks.append(heading(2, QStringLiteral("9. Authors")));
    QList<Inline> authors;
    for (const QString &a : doc.authors) {
        if (!a.trimmed().isEmpty())
            authors.append(plain(a.trimmed()));
    }
    blocks.append(authors.isEmpty() ? paragraph(plain(NotSpecified)) : bullets(authors));
    blocks.append(heading(2, QStringLiteral("10. Affiliations")));
    QList<Inline> affiliations;
    for (const QString &a : doc.affiliations) {
        if (!a.trimmed().isEmpty())
            affiliations.append(plain(a.trimmed()));
    }
    blocks.append(affiliations.isEmpty() ? paragraph(plain(NotSpecified)) : bullets(affiliations));

    // 11
    blocks.append(heading(2, QStringLiteral("11. Directory structure, root files and naming rules")));
    QStringList files = bundleFiles;
    QStringList own{QStringLiteral("README.md"), QStringLiteral("README.pdf"), ChartFile, QStringLiteral("CHANGELOG.md"),
                    QStringLiteral("registry.csv")};
    if (!doc.logoPng.isEmpty())
        own.append(LogoFile);
    for (const QString &name : own) {
        if (!files.contains(name))
            files.append(name);
    }
    Block tree;
    tree.kind = Block::Preformatted;
    tree.pre = directoryTree(files);
    blocks.append(tree);
    QList<QStringList> rootRows;
    QStringList rootNames;
    QStringList folderNames;
    for (const QString &f : std::as_const(files)) {
        const QStringList parts = QDir::fromNativeSeparators(f).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() == 1)
            rootNames.append(parts.front());
        else if (parts.size() > 1)
            folderNames.append(parts.front() + QLatin1Char('/'));
    }
    rootNames.sort();
    rootNames.removeDuplicates();
    folderNames.sort();
    folderNames.removeDuplicates();
    for (const QString &name : std::as_const(rootNames))
        rootRows.append({name, rootFileDescription(name)});
    for (const QString &name : std::as_const(folderNames))
        rootRows.append({name, folderDescription(name.chopped(1))});
    blocks.append(table({QStringLiteral("File or folder"), QStringLiteral("Contents")}, rootRows));

    QList<Inline> naming;
    naming.append({Span{QStringLiteral("Study id: ")}, Span{spec.code + QStringLiteral("_NNNN"), false, true},
                   Span{QStringLiteral(", NNNN the unit's number in the dataset; it stays the same in every version (gaps are units not in this version).")}});
    const BundleUnit *withImages = nullptr;
    const BundleUnit *withMasks = nullptr;
    for (const BundleUnit &unit : content.units) {
        if (!withImages && !unit.dicomFolder.isEmpty())
            withImages = &unit;
        if (!withMasks && !unit.maskFiles.isEmpty())
            withMasks = &unit;
    }
    if (withImages) {
        Inline item{Span{QStringLiteral("Images: ")}, Span{QStringLiteral("dicom/<study id>/"), false, true},
                    Span{QStringLiteral(" holds the unit's de-identified series, e.g. ")}, Span{withImages->dicomFolder, false, true}};
        if (!withImages->sliceFiles.isEmpty())
            item.append({Span{QStringLiteral("; slice files in slice order, e.g. ")}, Span{withImages->sliceFiles.front(), false, true}});
        naming.append(item);
    }
    if (withMasks) {
        Inline item{Span{QStringLiteral("Masks and contours are named after the study id, e.g. ")}};
        for (int i = 0; i < withMasks->maskFiles.size() && i < 3; ++i) {
            if (i > 0)
                item.append(Span{QStringLiteral(", ")});
            item.append(Span{withMasks->maskFiles.at(i), false, true});
        }
        naming.append(item);
    }
    naming.append(plain(QStringLiteral("Paths use '/' separators; names contain no patient identifier.")));
    blocks.append(heading(3, QStringLiteral("Naming rules")));
    blocks.append(bullets(naming));
    blocks.append(paragraph({Span{QStringLiteral("Generated by Etalon on %1.").arg(orNotSpecified(date))}}));
    return blocks;
}

QString changelogMarkdown(const ReleaseContent &content)
{
    struct Entry {
        workflow::SemanticVersion version;
        QString date;
        QList<workflow::ReleaseChange> changes;
    };
    QList<Entry> entries{{content.version, isoDate(content.releasedAt), content.changes}};
    for (const workflow::Release &r : content.history) {
        if (r.version != content.version)
            entries.append({r.version, isoDate(r.createdAt), r.changes});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.version > b.version; });
    QString out = QStringLiteral("# Changelog: %1\n\nEvery version of the dataset, newest first.\n").arg(escapeMarkdownLine(content.dataset.spec.code));
    for (const Entry &e : std::as_const(entries)) {
        out += QStringLiteral("\n## %1 — %2\n\n").arg(e.version.toString(), e.date.isEmpty() ? NotSpecified : e.date);
        if (e.changes.isEmpty()) {
            out += e.version == workflow::SemanticVersion{} ? QStringLiteral("- First release.\n") : QStringLiteral("- No changes recorded.\n");
            continue;
        }
        for (const workflow::ReleaseChange &c : e.changes) {
            QString text = c.description.trimmed();
            if (text.isEmpty())
                text = QStringLiteral("%1: %2").arg(c.kind, c.subject);
            out += QStringLiteral("- ") + escapeMarkdown(text, true).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) + QLatin1Char('\n');
        }
    }
    return out;
}

QByteArray csvField(const QString &text)
{
    QString t = text;
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r'))) {
        t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t.toUtf8();
}

bool hasGuiApplication()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QColor classColour(const LabelClass &c, int index)
{
    QColor colour(c.colour);
    if (colour.isValid())
        return colour;
    static const QStringList fallback{QStringLiteral("#1f77b4"), QStringLiteral("#ff7f0e"), QStringLiteral("#2ca02c"), QStringLiteral("#d62728"),
                                      QStringLiteral("#9467bd"), QStringLiteral("#8c564b"), QStringLiteral("#e377c2"), QStringLiteral("#17becf")};
    return QColor(fallback.at(index % fallback.size()));
}

/// A round axis step giving about `ticks` intervals up to `max`.
int niceStep(int max, int ticks)
{
    const double raw = std::max(1.0, double(max) / ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return std::max(1, int(std::lround(m * magnitude)));
    }
    return std::max(1, int(std::lround(10 * magnitude)));
}

Result<void> writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(ErrorCode::IoError, BundleDocuments::tr("Cannot write %1: %2. Check that the bundle folder is writable and the disk has space.")
                                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

/// The index (among the headings) of the first heading that lies in the last `reserve` of a
/// page and is not already moved; -1 when none (QTextDocument has no "keep with next").
int strandedHeading(const QTextDocument &document, double reserve, const QSet<int> &moved)
{
    const double pageHeight = document.pageSize().height();
    int index = -1;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        ++index;
        if (moved.contains(index))
            continue;
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        const double offset = std::fmod(rect.top(), pageHeight);
        if (offset > 0 && pageHeight - offset < reserve)
            return index;
    }
    return -1;
}

Result<void> writePdf(const ReleaseContent &content, const QStringList &bundleFiles, const QImage &chart, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("%1 %2").arg(content.dataset.spec.code, content.version.toString()));
    writer.setCreator(QStringLiteral("Etalon"));
    if (!writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter)))
        return makeError(ErrorCode::IoError, BundleDocuments::tr("Cannot set the A4 page layout for %1.").arg(QDir::toNativeSeparators(path)));

    QTextDocument document;
    document.setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    // No ligatures: "fi" stays two letters when the PDF's text is searched or copied.
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.addResource(QTextDocument::ImageResource, QUrl(ChartFile), chart);
    if (!content.documentation.logoPng.isEmpty())
        document.addResource(QTextDocument::ImageResource, QUrl(LogoFile), QImage::fromData(content.documentation.logoPng, "PNG"));

    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::IoError, BundleDocuments::tr("Cannot write %1: the PDF could not be opened for writing. Check that the "
                                                                 "bundle folder is writable.")
                                                 .arg(QDir::toNativeSeparators(path)));
    document.documentLayout()->setPaintDevice(&writer);
    const QRectF paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
    const double footerHeight = writer.resolution() * 0.35; // inches -> device pixels
    const QSizeF bodySize(paintRect.width(), paintRect.height() - footerHeight);
    // Image widths in HTML are in 96-dpi pixels scaled to the device by the layout.
    const int imageWidth = int(std::lround(bodySize.width() * 0.9 * 96.0 / writer.resolution()));
    const QList<Block> blocks = readmeBlocks(content, bundleFiles, true);
    QSet<int> breaks;
    for (int pass = 0; pass < 64; ++pass) {
        document.setHtml(toHtml(blocks, imageWidth, breaks));
        document.setPageSize(bodySize);
        const int stranded = strandedHeading(document, bodySize.height() * 0.1, breaks);
        if (stranded < 0)
            break;
        breaks.insert(stranded);
    }

    const int pages = document.pageCount();
    QFont footerFont(font);
    footerFont.setPointSizeF(8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * bodySize.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * bodySize.height(), bodySize.width(), bodySize.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, paintRect.height() - footerHeight * 0.7, paintRect.width(), footerHeight * 0.7);
        painter.drawLine(QPointF(0, footer.top()), QPointF(paintRect.width(), footer.top()));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                         QStringLiteral("%1 %2").arg(content.dataset.spec.code, content.version.toString()));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages));
    }
    if (!painter.end())
        return makeError(ErrorCode::IoError, BundleDocuments::tr("Cannot finish %1. Check that the disk has space.").arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace

RegistryRow BundleDocuments::registryRow(const ReleaseContent &content)
{
    const workflow::DatasetSpec &spec = content.dataset.spec;
    RegistryRow row;
    row.number = content.registryNumber;
    row.code = spec.code;
    row.version = content.version.toString();
    row.purposeAndScope = spec.clinicalTask.trimmed().isEmpty() ? purposeText(spec.purpose)
                                                                : QStringLiteral("%1: %2").arg(purposeText(spec.purpose), spec.clinicalTask.trimmed());
    row.modality = modalityText(content);
    const QString icd = icd10Text(content);
    row.target = icd.isEmpty() ? spec.schema.name : QStringLiteral("%1 (ICD-10: %2)").arg(spec.schema.name, icd);
    row.dataUnit = spec.dataUnit;
    row.unitCount = int(content.releasedUnits().size());
    for (const BundleUnit &unit : content.units)
        row.sizeBytes += unit.dicomBytes;
    row.classCounts = classCountsText(content);
    row.releasedAt = isoDate(content.releasedAt);
    return row;
}

QByteArray BundleDocuments::registryCsv(const QList<RegistryRow> &rows)
{
    QByteArray out("number,code,version,purpose_and_scope,modality_procedure,target_pathology_icd10,data_unit,unit_count,size_bytes,"
                   "class_counts,released_at\n");
    for (const RegistryRow &r : rows) {
        const QList<QByteArray> fields{QByteArray::number(r.number), csvField(r.code), csvField(r.version), csvField(r.purposeAndScope),
                                       csvField(r.modality), csvField(r.target), csvField(r.dataUnit), QByteArray::number(r.unitCount),
                                       QByteArray::number(r.sizeBytes), csvField(r.classCounts), csvField(r.releasedAt)};
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += ',';
            out += fields.at(i);
        }
        out += '\n';
    }
    return out;
}

QString BundleDocuments::readmeMarkdown(const ReleaseContent &content, const QStringList &bundleFiles)
{
    return toMarkdown(readmeBlocks(content, bundleFiles, false));
}

QImage BundleDocuments::classBalanceChart(const ReleaseContent &content, const QSize &size)
{
    if (!hasGuiApplication() || size.width() < 200 || size.height() < 120)
        return {};
    const LabelSchema &schema = content.dataset.spec.schema;
    const QMap<QString, int> counts = content.classCounts();
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);

    const int w = size.width();
    const int h = size.height();
    const int unit = std::max(8, h / 32); // base text height in pixels
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(unit);
    QFont titleFont(font);
    titleFont.setPixelSize(int(unit * 1.35));
    titleFont.setBold(true);
    const QColor ink(0x33, 0x33, 0x33);
    const QColor grid(0xdd, 0xdd, 0xdd);
    const QColor targetFill(0xee, 0xee, 0xee);
    const QColor targetEdge(0x75, 0x75, 0x75);

    int maxValue = 1;
    for (const LabelClass &c : schema.classes)
        maxValue = std::max({maxValue, counts.value(c.code), content.dataset.spec.classTargets.value(c.code)});
    const int step = niceStep(maxValue, 5);
    const int axisMax = ((maxValue + step - 1) / step) * step;

    const QRect plot(int(unit * 5.0), int(unit * 5.2), w - int(unit * 6.0), h - int(unit * 5.2) - int(unit * 4.2));

    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setFont(titleFont);
    painter.setPen(ink);
    painter.drawText(QRect(plot.left(), int(unit * 0.6), w - plot.left(), int(unit * 2)), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Class balance: %1 %2").arg(content.dataset.spec.code, content.version.toString()));

    // Legend.
    painter.setFont(font);
    const int legendY = int(unit * 2.9);
    painter.fillRect(QRect(plot.left(), legendY, unit, unit), QColor(0x61, 0x61, 0x61));
    painter.drawText(QRect(plot.left() + int(unit * 1.4), legendY - unit, w / 2, unit * 3), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Released units (bar in the class colour)"));
    const int legend2 = plot.left() + int(w * 0.48);
    painter.fillRect(QRect(legend2, legendY, unit, unit), targetFill);
    painter.setPen(QPen(targetEdge, 1, Qt::DashLine));
    painter.drawRect(QRect(legend2, legendY, unit - 1, unit - 1));
    painter.setPen(ink);
    painter.drawText(QRect(legend2 + int(unit * 1.4), legendY - unit, w / 2, unit * 3), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Target of the plan"));

    // Axis with grid lines.
    for (int value = 0; value <= axisMax; value += step) {
        const int y = plot.bottom() - int(std::lround(double(value) / axisMax * plot.height()));
        painter.setPen(value == 0 ? ink : grid);
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.setPen(ink);
        painter.drawText(QRect(0, y - unit, plot.left() - unit / 2, unit * 2), Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }
    painter.save();
    painter.translate(unit * 0.9, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-plot.height() / 2, -unit, plot.height(), unit * 2), Qt::AlignCenter, QStringLiteral("Units"));
    painter.restore();

    const int n = std::max(1, int(schema.classes.size()));
    const double groupWidth = double(plot.width()) / n;
    const int barWidth = std::max(2, int(groupWidth * 0.34));
    for (int i = 0; i < schema.classes.size(); ++i) {
        const LabelClass &c = schema.classes.at(i);
        const int count = counts.value(c.code);
        const int target = content.dataset.spec.classTargets.value(c.code);
        const int groupLeft = plot.left() + int(std::lround(i * groupWidth));
        const int releasedX = groupLeft + int(groupWidth * 0.14);
        const int targetX = releasedX + barWidth + std::max(1, int(groupWidth * 0.04));
        const int releasedHeight = int(std::lround(double(count) / axisMax * plot.height()));
        const int targetHeight = int(std::lround(double(target) / axisMax * plot.height()));
        if (releasedHeight > 0)
            painter.fillRect(QRect(releasedX, plot.bottom() - releasedHeight, barWidth, releasedHeight), classColour(c, i));
        if (target > 0) {
            painter.fillRect(QRect(targetX, plot.bottom() - targetHeight, barWidth, targetHeight), targetFill);
            painter.setPen(QPen(targetEdge, std::max(1, unit / 8), Qt::DashLine));
            painter.drawRect(QRect(targetX, plot.bottom() - targetHeight, barWidth - 1, targetHeight));
        }
        painter.setPen(ink);
        painter.drawText(QRect(releasedX - barWidth / 2, plot.bottom() - releasedHeight - int(unit * 1.6), barWidth * 2, int(unit * 1.5)),
                         Qt::AlignHCenter | Qt::AlignBottom, QString::number(count));
        if (target > 0) {
            painter.setPen(targetEdge);
            painter.drawText(QRect(targetX - barWidth / 2, plot.bottom() - targetHeight - int(unit * 1.6), barWidth * 2, int(unit * 1.5)),
                             Qt::AlignHCenter | Qt::AlignBottom, QString::number(target));
        }
        painter.setPen(ink);
        QFont codeFont(font);
        codeFont.setBold(true);
        painter.setFont(codeFont);
        const QRect labelRect(groupLeft, plot.bottom() + unit / 2, int(groupWidth), int(unit * 1.5));
        painter.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop, c.code);
        painter.setFont(font);
        QString name = c.name;
        if (name.startsWith(c.code + QLatin1Char(':')))
            name = name.mid(c.code.size() + 1).trimmed();
        if (name != c.code) {
            QFont small(font);
            small.setPixelSize(std::max(6, int(unit * 0.8)));
            painter.setFont(small);
            const QFontMetrics metrics(small);
            const QRect nameRect(groupLeft + unit / 4, labelRect.bottom() + unit / 4, int(groupWidth) - unit / 2, int(unit * 2.2));
            painter.drawText(nameRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                             metrics.elidedText(name, Qt::ElideRight, nameRect.width() * 2));
            painter.setFont(font);
        }
    }
    painter.end();
    return image;
}

Result<QStringList> BundleDocuments::write(const ReleaseContent &content, const QString &bundleDir, const QStringList &bundleFiles)
{
    if (!hasGuiApplication())
        return makeError(ErrorCode::InvalidState,
                         tr("The release documents of %1 need fonts to draw the PDF and the chart: the program must create a "
                            "QGuiApplication (QT_QPA_PLATFORM=offscreen works without a display).")
                             .arg(content.dataset.spec.code));
    const QDir dir(bundleDir);
    if (!QDir().mkpath(bundleDir))
        return makeError(ErrorCode::IoError, tr("Cannot create the bundle folder %1. Check the path and its permissions.")
                                                 .arg(QDir::toNativeSeparators(bundleDir)));

    const QImage chart = classBalanceChart(content, QSize(1800, 1000));
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (chart.isNull() || !chart.save(&buffer, "PNG"))
            return makeError(ErrorCode::IoError, tr("Cannot draw the class-balance chart of %1 (PNG support missing?).").arg(content.dataset.spec.code));
    }

    QStringList written{QStringLiteral("README.md"), QStringLiteral("README.pdf"), ChartFile, QStringLiteral("CHANGELOG.md"),
                        QStringLiteral("registry.csv")};
    if (!content.documentation.logoPng.isEmpty()) {
        if (Result<void> r = writeFile(dir.filePath(LogoFile), content.documentation.logoPng); !r)
            return r.error();
        written.append(LogoFile);
    }
    if (Result<void> r = writeFile(dir.filePath(QStringLiteral("README.md")), readmeMarkdown(content, bundleFiles).toUtf8()); !r)
        return r.error();
    if (Result<void> r = writeFile(dir.filePath(ChartFile), png); !r)
        return r.error();
    if (Result<void> r = writePdf(content, bundleFiles, chart, dir.filePath(QStringLiteral("README.pdf"))); !r)
        return r.error();
    if (Result<void> r = writeFile(dir.filePath(QStringLiteral("CHANGELOG.md")), changelogMarkdown(content).toUtf8()); !r)
        return r.error();
    if (Result<void> r = writeFile(dir.filePath(QStringLiteral("registry.csv")), registryCsv({registryRow(content)})); !r)
        return r.error();
    return written;
}

} // namespace etalon::core::release
