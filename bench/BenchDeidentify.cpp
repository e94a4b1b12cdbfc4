// etalon-bench-deidentify: times Etalon's PS3.15 de-identification (release::Deidentifier, the
// step that dominates writing a release bundle) against GDCM's own implementation of the same
// profile, `gdcmanon -e` (which also encrypts the original attributes with a certificate), on
// the same series in the same run.

#include "bench/BenchSupport.h"

#include "core/export/Deidentifier.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <unistd.h>

using namespace etalon::bench;
using namespace etalon::core;

namespace {

void usage()
{
    std::printf("Usage: etalon-bench-deidentify DIR [--runs K] [--work DIR]\n"
                "De-identifies every DICOM file under DIR with Etalon's Deidentifier (in process) and with\n"
                "gdcmanon -e (GDCM's PS3.15 basic profile, a whole process) into WORK, best of K runs\n"
                "(default 3) each, and prints the times and their ratio.\n");
}

int countFiles(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    std::string dir;
    std::string work;
    int runs = 3;
    for (int a = 1; a < argc; ++a) {
        const std::string arg = argv[a];
        if (arg == "--runs" && a + 1 < argc)
            runs = std::max(1, std::atoi(argv[++a]));
        else if (arg == "--work" && a + 1 < argc)
            work = argv[++a];
        else if (arg == "--help" || arg == "-h") {
            usage();
            return 0;
        } else if (!arg.empty() && arg[0] != '-' && dir.empty())
            dir = arg;
        else {
            usage();
            return 2;
        }
    }
    if (dir.empty()) {
        usage();
        return 2;
    }
    if (work.empty())
        work = (QDir::tempPath() + QStringLiteral("/etalon-bench-deidentify-%1").arg(getpid())).toStdString();
    const QString workDir = QString::fromStdString(work);
    QDir().mkpath(workDir);

    QStringList files;
    QDirIterator it(QString::fromStdString(dir), {QStringLiteral("*.dcm")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    if (files.isEmpty()) {
        std::fprintf(stderr, "etalon-bench-deidentify: no .dcm file under %s\n", dir.c_str());
        return 1;
    }
    DcmFileFormat first;
    OFString studyUid;
    if (first.loadFile(files.first().toStdString().c_str()).bad()
        || first.getDataset()->findAndGetOFString(DCM_StudyInstanceUID, studyUid).bad()) {
        std::fprintf(stderr, "etalon-bench-deidentify: %s has no Study Instance UID\n", files.first().toStdString().c_str());
        return 1;
    }
    qint64 bytes = 0;
    for (const QString &f : files)
        bytes += QFile(f).size();

    std::printf("== etalon-bench-deidentify: PS3.15 basic profile, Etalon vs gdcmanon (same run) ==\n");
    std::printf("Data:    %s: %d files, %.0f MiB (the benchmark series is SYNTHETIC: a generated phantom)\n", dir.c_str(),
                int(files.size()), double(bytes) / (1024.0 * 1024.0));
    std::printf("Machine: %s\n", machineSummary().c_str());
    std::printf("Method:  best of %d runs each, page cache warm. Etalon: release::Deidentifier in this process\n"
                "         (UIDs by HMAC, dates shifted, pseudonym, method codes). Reference: gdcmanon -e -c CERT\n"
                "         -r -i DIR -o OUT (UIDs regenerated, originals encrypted into the files), whole process.\n",
                runs);
    warmPageCache(dir);

    // Etalon.
    std::vector<double> etalonMs;
    std::string etalonError;
    for (int r = 0; r < runs && etalonError.empty(); ++r) {
        const QString out = workDir + QStringLiteral("/etalon");
        QDir(out).removeRecursively();
        release::DeidentificationOptions options;
        options.salt = QByteArrayLiteral("etalon-bench-salt");
        options.studies = {release::StudyPseudonym{QString::fromLatin1(studyUid.c_str()), QStringLiteral("BENCH_0001"), {}}};
        options.dateShiftDays = -1000;
        release::Deidentifier deidentifier(options);
        const double start = nowMs();
        const Result<release::DeidentificationReport> report = deidentifier.run(files, out);
        const double ms = nowMs() - start;
        if (!report)
            etalonError = report.error().message.toStdString();
        else if (report->written.size() != files.size())
            etalonError = std::to_string(report->refused.size()) + " file(s) refused";
        else
            etalonMs.push_back(ms);
    }

    // gdcmanon, with a throw-away self-signed certificate (it encrypts the originals with it).
    std::vector<double> gdcmMs;
    std::string gdcmError;
    const std::string key = work + "/bench-key.pem";
    const std::string cert = work + "/bench-cert.pem";
    const ChildRun openssl = runChild({"openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                                       "-subj", "/CN=etalon-bench", "-days", "1"},
                                      true);
    if (!openssl.started || openssl.exitCode != 0)
        gdcmError = "openssl could not make a certificate";
    for (int r = 0; r < runs && gdcmError.empty(); ++r) {
        const QString out = workDir + QStringLiteral("/gdcmanon");
        QDir(out).removeRecursively();
        QDir().mkpath(out);
        const ChildRun run = runChild({"gdcmanon", "-e", "-c", cert, "-r", "--continue", "-i", dir, "-o", out.toStdString()}, true);
        if (!run.started)
            gdcmError = "gdcmanon is not installed (Debian package libgdcm-tools)";
        else if (run.exitCode != 0)
            gdcmError = "gdcmanon exited with code " + std::to_string(run.exitCode);
        else if (countFiles(out) != int(files.size()))
            gdcmError = "gdcmanon wrote " + std::to_string(countFiles(out)) + " files";
        else
            gdcmMs.push_back(run.wallMs);
    }
    QDir(workDir).removeRecursively();

    const double etalonBest = etalonMs.empty() ? 0.0 : *std::min_element(etalonMs.begin(), etalonMs.end());
    const double gdcmBest = gdcmMs.empty() ? 0.0 : *std::min_element(gdcmMs.begin(), gdcmMs.end());
    if (!etalonError.empty())
        std::printf("Etalon:   FAILED: %s\n", etalonError.c_str());
    else
        std::printf("Etalon:   %.0f ms (%.0f files/s, %.0f MiB/s)\n", etalonBest, files.size() * 1000.0 / etalonBest,
                    double(bytes) / (1024.0 * 1024.0) * 1000.0 / etalonBest);
    if (!gdcmError.empty())
        std::printf("gdcmanon: not measured: %s\n", gdcmError.c_str());
    else
        std::printf("gdcmanon: %.0f ms (%.0f files/s)\n", gdcmBest, files.size() * 1000.0 / gdcmBest);
    const bool both = etalonError.empty() && gdcmError.empty();
    const double ratio = both ? etalonBest / gdcmBest : 0.0;
    // Target: no slower than GDCM's implementation of the same profile (the release's main cost).
    printResult("de-identify " + std::to_string(files.size()) + " files (PS3.15 basic)",
                etalonError.empty() ? format("%.0f ms", etalonBest) : "FAILED",
                gdcmError.empty() ? format("gdcmanon %.0f ms", gdcmBest) : "n/a", both ? format("%.2fx", ratio) : "",
                "<= 1.0x gdcmanon", !etalonError.empty() ? "MISSED" : (both ? (ratio <= 1.0 ? "ok" : "MISSED") : "n/a"));
    return etalonError.empty() ? 0 : 1;
}
