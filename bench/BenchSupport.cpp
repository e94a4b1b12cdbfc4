#include "bench/BenchSupport.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <sstream>
#include <thread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace etalon::bench {

double nowMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

ChildRun runChild(const std::vector<std::string> &argv, bool quietStderr)
{
    ChildRun run;
    int pipeFds[2];
    if (argv.empty() || pipe(pipeFds) != 0)
        return run;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    posix_spawn_file_actions_addclose(&actions, pipeFds[1]);
    if (quietStderr)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);

    const double start = nowMs();
    pid_t pid = 0;
    const int rc = argv[0].find('/') == std::string::npos
                       ? posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ)
                       : posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    if (rc != 0) {
        close(pipeFds[0]);
        return run;
    }
    run.started = true;
    char buffer[4096];
    ssize_t n;
    while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0)
        run.output.append(buffer, std::size_t(n));
    close(pipeFds[0]);
    int status = 0;
    struct rusage usage {};
    wait4(pid, &status, 0, &usage);
    run.wallMs = nowMs() - start;
    run.peakRssMb = double(usage.ru_maxrss) / 1024.0; // Linux: kilobytes
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::string selfExecutable()
{
    std::error_code ec;
    const auto path = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : path.string();
}

bool findString(const std::string &text, const std::string &key, std::string &value)
{
    std::istringstream in(text);
    std::string line;
    const std::string prefix = key + "=";
    while (std::getline(in, line)) {
        if (line.rfind(prefix, 0) == 0) {
            value = line.substr(prefix.size());
            return true;
        }
    }
    return false;
}

bool findValue(const std::string &text, const std::string &key, double &value)
{
    std::string s;
    if (!findString(text, key, s))
        return false;
    char *end = nullptr;
    value = std::strtod(s.c_str(), &end);
    return end != s.c_str();
}

void printResult(const std::string &name, const std::string &measured, const std::string &reference,
                 const std::string &ratio, const std::string &target, const std::string &verdict)
{
    std::printf("RESULT|%s|%s|%s|%s|%s|%s\n", name.c_str(), measured.c_str(), reference.c_str(), ratio.c_str(),
                target.c_str(), verdict.c_str());
    std::fflush(stdout);
}

std::string format(const char *fmt, double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, fmt, value);
    return buffer;
}

void warmPageCache(const std::string &dir)
{
    std::vector<char> buffer(1 << 20);
    std::error_code ec;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        while (in.read(buffer.data(), std::streamsize(buffer.size())) || in.gcount() > 0) {
        }
    }
}

std::string machineSummary()
{
    std::string model;
    std::ifstream cpu("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpu, line)) {
        if (line.rfind("model name", 0) == 0) {
            model = line.substr(line.find(':') + 2);
            break;
        }
    }
    long pages = sysconf(_SC_PHYS_PAGES);
    long pageSize = sysconf(_SC_PAGE_SIZE);
    const double gb = double(pages) * double(pageSize) / (1024.0 * 1024.0 * 1024.0);
    char buffer[256];
    std::snprintf(buffer, sizeof buffer, "%s, %u cores, %.1f GB RAM", model.empty() ? "unknown CPU" : model.c_str(),
                  std::thread::hardware_concurrency(), gb);
    return buffer;
}

TimingStats timingStats(std::vector<double> ms)
{
    TimingStats s;
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.count = int(ms.size());
    s.mean = std::accumulate(ms.begin(), ms.end(), 0.0) / double(ms.size());
    s.p95 = ms[std::min(ms.size() - 1, std::size_t(std::ceil(0.95 * double(ms.size()))) - 1)];
    s.max = ms.back();
    return s;
}

} // namespace etalon::bench
