#pragma once

#include <string>
#include <vector>

/// Small helpers shared by the benchmark programs: running a child process while measuring
/// its wall time and peak resident memory, and printing result rows that scripts/bench
/// collects into one summary table.
namespace etalon::bench {

/// Outcome of one child process run.
struct ChildRun {
    bool started = false;
    int exitCode = -1;      ///< -1 when killed by a signal or not started
    double wallMs = 0.0;    ///< fork to exit, as seen by the parent
    double peakRssMb = 0.0; ///< the child's own peak RSS (wait4 ru_maxrss)
    std::string output;     ///< the child's standard output
};

/// Runs argv[0] (a path, not looked up in PATH unless it has no slash) with its standard
/// output captured and its standard error passed through (or discarded when quiet).
ChildRun runChild(const std::vector<std::string> &argv, bool quietStderr = false);

/// Path of the running executable (for re-running itself in child mode).
std::string selfExecutable();

/// Looks for "key=value" on its own line in text; returns false when absent.
bool findValue(const std::string &text, const std::string &key, double &value);
bool findString(const std::string &text, const std::string &key, std::string &value);

/// Prints one machine-readable row for scripts/bench:
/// RESULT|benchmark|measured|reference|ratio|target|verdict
/// Any field may be empty; verdict is "ok", "MISSED" or "n/a".
void printResult(const std::string &name, const std::string &measured, const std::string &reference,
                 const std::string &ratio, const std::string &target, const std::string &verdict);

std::string format(const char *fmt, double value);

/// Mean, 95th percentile (nearest rank) and maximum of a set of timings.
struct TimingStats {
    double mean = 0.0;
    double p95 = 0.0;
    double max = 0.0;
    int count = 0;
};
TimingStats timingStats(std::vector<double> ms);

/// Seconds since an arbitrary start, monotonic.
double nowMs();

/// Reads every file under dir once so the page cache is warm for every contender alike.
void warmPageCache(const std::string &dir);

/// One-line description of the machine: CPU model, cores, memory.
std::string machineSummary();

} // namespace etalon::bench
