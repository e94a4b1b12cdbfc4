// etalon-bench-convert: times `etalon-cli convert DIR --output X.nii[.gz]` against
// `dcm2niix` writing the same series, in the same run, both as whole processes.

#include "bench/BenchSupport.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <unistd.h>

using namespace etalon::bench;
namespace fs = std::filesystem;

namespace {

struct Timing {
    std::vector<double> ms;
    double peakRssMb = 0.0;
    std::string error;
    std::uintmax_t outputBytes = 0;
    double best() const { return ms.empty() ? 0.0 : *std::min_element(ms.begin(), ms.end()); }
};

std::uintmax_t sizeOfNifti(const fs::path &dir)
{
    std::uintmax_t total = 0;
    std::error_code ec;
    for (const auto &e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        if (name.find(".nii") != std::string::npos)
            total += e.file_size();
    }
    return total;
}

void runOnce(Timing &t, const std::vector<std::string> &argv, const fs::path &outDir)
{
    std::error_code ec;
    fs::remove_all(outDir, ec);
    fs::create_directories(outDir);
    const ChildRun run = runChild(argv, true);
    if (!run.started) {
        t.error = "could not start " + argv[0];
        return;
    }
    if (run.exitCode != 0) {
        t.error = argv[0] + " exited with code " + std::to_string(run.exitCode);
        return;
    }
    t.outputBytes = sizeOfNifti(outDir);
    if (t.outputBytes == 0) {
        t.error = argv[0] + " wrote no .nii file";
        return;
    }
    t.ms.push_back(run.wallMs);
    t.peakRssMb = std::max(t.peakRssMb, run.peakRssMb);
}

void usage()
{
    std::printf("Usage: etalon-bench-convert DIR [--runs K] [--gz-runs K] [--cli PATH] [--work DIR] [--keep] [--no-gz]\n"
                "Times etalon-cli convert against dcm2niix on the series in DIR: uncompressed .nii\n"
                "(best of K runs, default 3) and gzip-compressed .nii.gz (default 1 run). --keep leaves\n"
                "the NIfTI files in DIR/etalon-nii, DIR/dcm2niix-nii, ... for inspection.\n");
}

} // namespace

int main(int argc, char **argv)
{
    std::string dir;
    std::string cli;
    std::string work;
    int runs = 3;
    int gzRuns = 1; // gzip takes tens of seconds per run: once is enough to see the ratio
    bool gz = true;
    bool keep = false;
    for (int a = 1; a < argc; ++a) {
        const std::string arg = argv[a];
        if (arg == "--runs" && a + 1 < argc)
            runs = std::max(1, std::atoi(argv[++a]));
        else if (arg == "--cli" && a + 1 < argc)
            cli = argv[++a];
        else if (arg == "--work" && a + 1 < argc)
            work = argv[++a];
        else if (arg == "--gz-runs" && a + 1 < argc)
            gzRuns = std::max(1, std::atoi(argv[++a]));
        else if (arg == "--keep")
            keep = true;
        else if (arg == "--no-gz")
            gz = false;
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
    if (cli.empty())
        cli = (fs::path(selfExecutable()).parent_path() / "etalon-cli").string();
    if (work.empty())
        work = (fs::temp_directory_path() / ("etalon-bench-convert-" + std::to_string(getpid()))).string();

    std::printf("== etalon-bench-convert: DICOM series to NIfTI, etalon-cli vs dcm2niix (same run) ==\n");
    std::printf("Data:    %s (the benchmark series is SYNTHETIC: a generated phantom, not patient data)\n",
                dir.c_str());
    std::printf("Machine: %s\n", machineSummary().c_str());
    std::printf("Method:  best of %d runs (.nii) / %d (.nii.gz) of each whole process, start-up included,\n"
                "         page cache warm; dcm2niix -z n|y -o OUT -f synthetic DIR (it also writes its JSON sidecar).\n",
                runs, gzRuns);
    std::fflush(stdout);
    warmPageCache(dir);

    struct Case {
        std::string name;
        bool compressed;
    };
    std::vector<Case> cases{{"nii", false}};
    if (gz)
        cases.push_back({"nii.gz", true});

    std::printf("\n%-8s %-10s %10s %14s %12s\n", "output", "tool", "best ms", "peak RSS MiB", "file MiB");
    for (const Case &c : cases) {
        Timing etalon;
        Timing reference;
        const fs::path etalonDir = fs::path(work) / ("etalon-" + c.name);
        const fs::path referenceDir = fs::path(work) / ("dcm2niix-" + c.name);
        for (int r = 0; r < (c.compressed ? gzRuns : runs); ++r) {
            if (etalon.error.empty())
                runOnce(etalon, {cli, "convert", dir, "--output", (etalonDir / ("synthetic." + c.name)).string()},
                        etalonDir);
            if (reference.error.empty())
                runOnce(reference,
                        {"dcm2niix", "-z", c.compressed ? "y" : "n", "-o", referenceDir.string(), "-f", "synthetic", dir},
                        referenceDir);
        }
        auto row = [&](const char *tool, const Timing &t) {
            if (t.ms.empty())
                std::printf("%-8s %-10s %s\n", c.name.c_str(), tool, t.error.c_str());
            else
                std::printf("%-8s %-10s %10.0f %14.0f %12.1f\n", c.name.c_str(), tool, t.best(), t.peakRssMb,
                            double(t.outputBytes) / (1024.0 * 1024.0));
        };
        row("etalon-cli", etalon);
        row("dcm2niix", reference);
        const std::string label = "convert synthetic CT to ." + c.name + " (ms)";
        if (!etalon.ms.empty() && !reference.ms.empty()) {
            const double ratio = etalon.best() / reference.best();
            printResult(label, format("%.0f", etalon.best()), format("dcm2niix %.0f", reference.best()),
                        format("%.2f", ratio), "<= 1.00", ratio <= 1.0 ? "ok" : "MISSED");
        } else {
            const std::string why = etalon.ms.empty() ? "failed: " + etalon.error : reference.error;
            printResult(label, why, reference.ms.empty() ? "" : format("dcm2niix %.0f", reference.best()), "", "<= 1.00",
                        "n/a");
        }
    }
    if (keep) {
        std::printf("Outputs kept in %s\n", work.c_str());
    } else {
        std::error_code ec;
        fs::remove_all(work, ec);
    }
    return 0;
}
