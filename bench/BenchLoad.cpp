// etalon-bench-load: times loading one DICOM series with Etalon's VolumeLoader against the
// common reference, ITK's ImageSeriesReader + GDCMImageIO ordered by GDCMSeriesFileNames,
// in the same run, and measures each loader's peak memory. Each load runs in a fresh child
// process (this program re-run with --child) so peak RSS belongs to one loader alone.

#include "bench/BenchSupport.h"
#include "bench/ItkSeriesLoad.h"
#include "core/dicom/VolumeLoader.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace etalon::bench;

namespace {

void printSummary(const LoadedSummary &s)
{
    if (!s.error.empty()) {
        std::printf("error=%s\n", s.error.c_str());
        return;
    }
    std::printf("elapsed_ms=%.3f\n", s.elapsedMs);
    std::printf("size=%dx%dx%d\n", s.size[0], s.size[1], s.size[2]);
    std::printf("voxels=%.0f\n", double(s.size[0]) * s.size[1] * s.size[2]);
    std::printf("spacing=%.4f %.4f %.4f\n", s.spacing[0], s.spacing[1], s.spacing[2]);
    std::printf("origin=%.3f %.3f %.3f\n", s.origin[0], s.origin[1], s.origin[2]);
    std::printf("hash=%016llx\n", s.modalityHash);
}

LoadedSummary loadWithEtalon(const std::string &dir)
{
    using namespace etalon::core;
    LoadedSummary summary;
    const double start = nowMs();
    const QDir folder(QString::fromStdString(dir));
    QStringList files;
    for (const QString &name : folder.entryList(QDir::Files))
        files << folder.absoluteFilePath(name);
    auto result = dicom::VolumeLoader::loadSeries(files);
    summary.elapsedMs = nowMs() - start;
    if (!result) {
        summary.error = "Etalon could not load the series: " + result.error().message.toStdString();
        return summary;
    }
    const Volume &v = result.value();
    for (int a = 0; a < 3; ++a) {
        summary.size[a] = v.geometry.size[std::size_t(a)];
        summary.spacing[a] = v.geometry.spacing[std::size_t(a)];
        summary.origin[a] = v.geometry.origin[std::size_t(a)];
    }
    // Hash modality values as int16, slice by slice, exactly like the ITK side.
    std::vector<short> slice(v.sliceSampleCount());
    unsigned long long hash = kFnvOffset;
    for (int k = 0; k < v.slices(); ++k) {
        const Rescale &r = v.rescaleOfSlice(k);
        const std::size_t base = std::size_t(k) * slice.size();
        if (v.pixelType == PixelType::Int16 || v.pixelType == PixelType::UInt16) {
            const bool isSigned = v.pixelType == PixelType::Int16;
            const auto *raw = reinterpret_cast<const unsigned short *>(v.voxels.get()) + base;
            for (std::size_t n = 0; n < slice.size(); ++n) {
                const double stored = isSigned ? double(short(raw[n])) : double(raw[n]);
                slice[n] = short(r.apply(stored));
            }
        } else {
            for (int j = 0; j < v.rows(); ++j)
                for (int i = 0; i < v.columns(); ++i)
                    slice[std::size_t(j) * std::size_t(v.columns()) + std::size_t(i)] = short(v.modalityValue(i, j, k));
        }
        hash = fnv1aInt16(slice.data(), slice.size(), hash);
    }
    summary.modalityHash = hash;
    return summary;
}

struct Contender {
    std::string key;
    std::string label;
    std::vector<double> times;
    double peakRssMb = 0.0;
    std::string output;
    std::string error;
};

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void usage()
{
    std::printf("Usage: etalon-bench-load DIR [--runs K] [--name TEXT]\n"
                "Times loading the DICOM series in DIR (e.g. a SYNTHETIC series from\n"
                "etalon-make-synthetic-ct) with Etalon's VolumeLoader and with ITK's\n"
                "ImageSeriesReader + GDCMImageIO, best of K runs (default 3), each in a fresh process,\n"
                "and reports peak memory (RSS) of each. TEXT names the series in result rows.\n");
}

} // namespace

int main(int argc, char **argv)
{
    std::string dir;
    std::string child;
    std::string name = "synthetic CT";
    int runs = 3;
    for (int a = 1; a < argc; ++a) {
        const std::string arg = argv[a];
        if (arg == "--runs" && a + 1 < argc)
            runs = std::max(1, std::atoi(argv[++a]));
        else if (arg == "--name" && a + 1 < argc)
            name = argv[++a];
        else if (arg == "--child" && a + 1 < argc)
            child = argv[++a];
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

    if (!child.empty()) {
        if (child == "idle") {
            QCoreApplication app(argc, argv);
            return 0;
        }
        if (child == "itk") {
            const LoadedSummary s = loadWithItk(dir);
            printSummary(s);
            return s.error.empty() ? 0 : 1;
        }
        if (child == "etalon") {
            QCoreApplication app(argc, argv);
            const LoadedSummary s = loadWithEtalon(dir);
            printSummary(s);
            return s.error.empty() ? 0 : 1;
        }
        return 2;
    }

    const std::string self = selfExecutable();
    std::printf("== etalon-bench-load: loading a series, Etalon vs ITK (same run) ==\n");
    std::printf("Data:    %s (the benchmark series is SYNTHETIC: a generated phantom, not patient data)\n",
                dir.c_str());
    std::printf("Machine: %s\n", machineSummary().c_str());
    std::printf("Method:  best of %d runs, page cache warmed first, each load in a fresh process;\n"
                "         time = listing/ordering the files + decoding into one volume.\n",
                runs);
    std::fflush(stdout);
    warmPageCache(dir);

    std::vector<Contender> contenders{{"etalon", "Etalon VolumeLoader::loadSeries", {}, 0, {}, {}},
                                      {"itk", "ITK ImageSeriesReader+GDCMImageIO", {}, 0, {}, {}}};
    for (int r = 0; r < runs; ++r) {
        for (Contender &c : contenders) {
            if (!c.error.empty())
                continue;
            const ChildRun run = runChild({self, dir, "--child", c.key});
            double ms = 0;
            std::string error;
            if (findString(run.output, "error", error)) {
                c.error = error;
                continue;
            }
            if (!run.started || run.exitCode != 0 || !findValue(run.output, "elapsed_ms", ms)) {
                c.error = "child process failed (exit code " + std::to_string(run.exitCode) + ")";
                continue;
            }
            c.times.push_back(ms);
            c.peakRssMb = std::max(c.peakRssMb, run.peakRssMb);
            c.output = run.output;
        }
    }
    const ChildRun idle = runChild({self, dir, "--child", "idle"});

    Contender &etalon = contenders[0];
    Contender &itk = contenders[1];
    const Contender &sized = !etalon.output.empty() ? etalon : itk;
    double voxels = 0;
    findValue(sized.output, "voxels", voxels);
    std::string size;
    findString(sized.output, "size", size);
    const double volumeMb = voxels * 2.0 / (1024.0 * 1024.0);

    std::printf("\nSeries: %s voxels, int16, %.1f MiB decoded\n\n", size.c_str(), volumeMb);
    std::printf("%-36s %10s %10s %14s\n", "loader", "best ms", "median ms", "peak RSS MiB");
    for (const Contender &c : contenders) {
        if (!c.times.empty())
            std::printf("%-36s %10.0f %10.0f %14.0f\n", c.label.c_str(), *std::min_element(c.times.begin(), c.times.end()),
                        median(c.times), c.peakRssMb);
        else
            std::printf("%-36s failed: %s\n", c.label.c_str(), c.error.c_str());
    }
    std::printf("%-36s %10s %10s %14.0f\n", "process without loading (baseline)", "-", "-", idle.peakRssMb);

    std::printf("\n");
    const double target = 0.5;
    if (!etalon.times.empty() && !itk.times.empty()) {
        const double e = *std::min_element(etalon.times.begin(), etalon.times.end());
        const double i = *std::min_element(itk.times.begin(), itk.times.end());
        const double ratio = e / i;
        std::printf("Load time Etalon/ITK: %.2f (target <= %.2f) %s\n", ratio, target, ratio <= target ? "ok" : "MISSED");
        printResult("load " + size + " " + name + " (ms)", format("%.0f", e), format("ITK %.0f", i), format("%.2f", ratio),
                    "<= 0.50", ratio <= target ? "ok" : "MISSED");
        std::string he, hi, se, si, oe, oi;
        findString(etalon.output, "hash", he);
        findString(itk.output, "hash", hi);
        findString(etalon.output, "spacing", se);
        findString(itk.output, "spacing", si);
        findString(etalon.output, "origin", oe);
        findString(itk.output, "origin", oi);
        std::printf("Same voxels as ITK (int16 modality values, FNV-1a %s vs %s): %s\n", he.c_str(), hi.c_str(),
                    he == hi ? "yes" : "NO");
        std::printf("Geometry: Etalon spacing %s origin %s | ITK spacing %s origin %s\n", se.c_str(), oe.c_str(),
                    si.c_str(), oi.c_str());
        printResult("load " + name + ": same voxels and geometry as ITK", he == hi && se == si && oe == oi ? "yes" : "NO", "", "",
                    "yes", he == hi && se == si && oe == oi ? "ok" : "MISSED");
    } else {
        const std::string why = "failed: " + (etalon.error.empty() ? itk.error : etalon.error);
        std::printf("Load time Etalon/ITK: %s\n", why.c_str());
        printResult("load " + size + " " + name + " (ms)", why, itk.times.empty() ? "" : format("ITK %.0f", *std::min_element(itk.times.begin(), itk.times.end())),
                    "", "<= 0.50", "n/a");
    }
    const double limit = 1.5 * volumeMb + 200.0;
    if (!etalon.times.empty()) {
        std::printf("Etalon peak memory: %.0f MiB, limit 1.5 x %.0f + 200 = %.0f MiB %s (ITK: %.0f MiB)\n",
                    etalon.peakRssMb, volumeMb, limit, etalon.peakRssMb <= limit ? "ok" : "MISSED", itk.peakRssMb);
        printResult("load " + name + " peak RSS (MiB)", format("%.0f", etalon.peakRssMb), format("ITK %.0f", itk.peakRssMb),
                    format("%.2f", etalon.peakRssMb / volumeMb) + "x vol", format("<= %.0f", limit),
                    etalon.peakRssMb <= limit ? "ok" : "MISSED");
    } else {
        printResult("load " + name + " peak RSS (MiB)", "failed",
                    itk.times.empty() ? "" : format("ITK %.0f", itk.peakRssMb), "", format("<= %.0f", limit), "n/a");
    }
    return 0;
}
