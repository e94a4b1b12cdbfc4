#include "bench/ItkSeriesLoad.h"
#include "bench/BenchSupport.h"

#include <itkGDCMImageIO.h>
#include <itkGDCMSeriesFileNames.h>
#include <itkImage.h>
#include <itkImageSeriesReader.h>

#include <cstdint>

namespace etalon::bench {

unsigned long long fnv1aInt16(const short *values, unsigned long long count, unsigned long long hash)
{
    for (unsigned long long n = 0; n < count; ++n) {
        const auto v = static_cast<std::uint16_t>(values[n]);
        hash = (hash ^ (v & 0xFFu)) * 1099511628211ull;
        hash = (hash ^ (v >> 8)) * 1099511628211ull;
    }
    return hash;
}

LoadedSummary loadWithItk(const std::string &dir)
{
    using ImageType = itk::Image<std::int16_t, 3>;
    LoadedSummary summary;
    try {
        const double start = nowMs();
        auto names = itk::GDCMSeriesFileNames::New();
        names->SetUseSeriesDetails(true);
        names->SetDirectory(dir);
        const auto &uids = names->GetSeriesUIDs();
        if (uids.empty()) {
            summary.error = "ITK found no DICOM series in " + dir;
            return summary;
        }
        const auto files = names->GetFileNames(uids.front());
        auto reader = itk::ImageSeriesReader<ImageType>::New();
        reader->SetImageIO(itk::GDCMImageIO::New());
        reader->SetFileNames(files);
        reader->Update();
        ImageType::Pointer image = reader->GetOutput();
        summary.elapsedMs = nowMs() - start;

        const auto region = image->GetLargestPossibleRegion().GetSize();
        for (int a = 0; a < 3; ++a) {
            summary.size[a] = int(region[unsigned(a)]);
            summary.spacing[a] = image->GetSpacing()[unsigned(a)];
            summary.origin[a] = image->GetOrigin()[unsigned(a)];
        }
        summary.modalityHash = fnv1aInt16(image->GetBufferPointer(),
                                          static_cast<unsigned long long>(region[0]) * region[1] * region[2],
                                          kFnvOffset);
    } catch (const itk::ExceptionObject &e) {
        summary.error = std::string("ITK could not read the series: ") + e.GetDescription();
    }
    return summary;
}

} // namespace etalon::bench
