// Stand-in for etalon-bench-scroll while viewer/SliceView.h declares no SliceView yet.

#include "bench/BenchSupport.h"

#include <cstdio>

int main()
{
    std::printf("== etalon-bench-scroll: slice render time ==\n");
    std::printf("viewer::SliceView is not available yet (viewer/SliceView.h declares no class SliceView).\n");
    etalon::bench::printResult("scroll 512x512 synthetic CT (ms/frame)", "not available yet", "", "", "<= 10", "n/a");
    return 0;
}
