// etalon-make-synthetic-ct: writes a SYNTHETIC CT series (a body-like phantom, not patient
// data) for the benchmarks in bench/. Every file says "SYNTHETIC" in its Series Description,
// Patient Name and Image Comments. File names are shuffled relative to slice order so a
// loader that sorts by file name gets the volume wrong.

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmjpeg/djencode.h>
#include <dcmtk/dcmjpeg/djrplol.h>
#include <dcmtk/dcmjpls/djencode.h>
#include <dcmtk/dcmjpls/djrparam.h>
#include <dcmtk/oflog/oflog.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <numeric>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Settings {
    int slices = 600;
    int size = 512;
    double pixelSpacing = 0.703125; // 360 mm field of view at 512
    double sliceSpacing = 1.25;
    std::string out;
    std::string syntax = "explicit";
    unsigned seed = 20240601;
    int threads = 0;
    bool force = false;
};

struct Syntax {
    const char *name;
    E_TransferSyntax xfer;
    const char *label;
};

const Syntax kSyntaxes[] = {
    {"explicit", EXS_LittleEndianExplicit, "explicit VR little endian"},
    {"implicit", EXS_LittleEndianImplicit, "implicit VR little endian"},
    {"rle", EXS_RLELossless, "RLE lossless"},
    {"jpegls", EXS_JPEGLSLossless, "JPEG-LS lossless"},
    {"jpeg-lossless", EXS_JPEGProcess14SV1, "JPEG lossless (process 14, SV1)"},
};

void usage()
{
    std::printf(
        "Usage: etalon-make-synthetic-ct --out DIR [options]\n"
        "Writes a SYNTHETIC 512x512xN int16 CT series (a body-like phantom, not patient data).\n\n"
        "  --out DIR                output folder (created; must be empty unless --force)\n"
        "  --slices N               number of slices (default 600)\n"
        "  --size N                 rows = columns (default 512)\n"
        "  --transfer-syntax NAME   explicit (default), implicit, rle, jpegls, jpeg-lossless\n"
        "  --seed N                 noise seed (default 20240601)\n"
        "  --threads N              writer threads (default: one per core)\n"
        "  --force                  delete *.dcm already in DIR first\n");
}

struct Ellipse {
    double cx, cy, ax, ay;
    bool contains(double x, double y) const
    {
        const double dx = (x - cx) / ax;
        const double dy = (y - cy) / ay;
        return dx * dx + dy * dy <= 1.0;
    }
};

/// Smooth bump: 0 outside [a, b], 1 in the middle.
double bump(double t, double a, double b)
{
    if (t <= a || t >= b)
        return 0.0;
    return std::sin(M_PI * (t - a) / (b - a));
}

/// Fills one slice with stored values (HU + 1024, 0..4095). t in [0,1] runs head to feet.
/// Patient axes are DICOM LPS: +x is the patient's left, +y posterior, so anterior is at
/// the top of the image.
void renderSlice(std::vector<std::int16_t> &pixels, int size, double spacing, double t, std::uint64_t seed)
{
    const double half = (size - 1) / 2.0;
    const double bodyA = 165.0 * (0.92 + 0.08 * std::sin(M_PI * t));
    const double bodyB = 115.0 * (0.92 + 0.08 * std::sin(M_PI * t));
    const Ellipse body{0, 0, bodyA, bodyB};
    const Ellipse bodyInner{0, 0, bodyA - 12, bodyB - 12}; // inside the subcutaneous fat
    const double lung = bump(t, 0.08, 0.72);
    const Ellipse lungR{-75, -5, 55 * lung + 1e-3, 78 * lung + 1e-3};
    const Ellipse lungL{75, -5, 52 * lung + 1e-3, 76 * lung + 1e-3};
    const double heart = bump(t, 0.35, 0.7);
    const Ellipse heartE{18, -25, 55 * heart + 1e-3, 45 * heart + 1e-3};
    const double liver = bump(t, 0.6, 1.15);
    const Ellipse liverE{-45, 0, 95 * liver + 1e-3, 75 * liver + 1e-3};
    const Ellipse aorta{-12 + 6 * t, 40, 12, 12};
    const Ellipse vertebra{0, 72, 20, 17};
    const Ellipse vertebraCore{0, 72, 16, 13};
    const Ellipse canal{0, 95, 8, 7};
    const Ellipse spinous{0, 108, 5, 10};
    const double tableY = bodyB + 18;

    std::uint64_t s = seed * 0x9E3779B97F4A7C15ull + 1;
    auto next = [&s]() {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    };
    // Rib-like dots along the body wall, fixed per slice.
    const int ribs = lung > 0.05 ? 20 : 0;

    for (int j = 0; j < size; ++j) {
        const double y = (j - half) * spacing;
        std::int16_t *row = pixels.data() + std::size_t(j) * size;
        for (int i = 0; i < size; ++i) {
            const double x = (i - half) * spacing;
            double hu = -1000.0;
            double sigma = 6.0;
            if (body.contains(x, y)) {
                sigma = 14.0;
                hu = -100.0;
                if (bodyInner.contains(x, y)) {
                    hu = 40.0;
                    if (lung > 0.05 && (lungR.contains(x, y) || lungL.contains(x, y))) {
                        hu = -850.0;
                        sigma = 25.0;
                    }
                    if (heart > 0.05 && heartE.contains(x, y))
                        hu = 45.0;
                    if (liver > 0.05 && liverE.contains(x, y) && !(lung > 0.3 && lungR.contains(x, y)))
                        hu = 60.0;
                    if (aorta.contains(x, y))
                        hu = 160.0;
                    if (vertebra.contains(x, y) || spinous.contains(x, y))
                        hu = vertebraCore.contains(x, y) ? 350.0 : 1100.0;
                    if (canal.contains(x, y))
                        hu = 20.0;
                }
                if (ribs) {
                    const double ex = x / bodyA;
                    const double ey = y / bodyB;
                    const double r = std::sqrt(ex * ex + ey * ey);
                    if (r > 0.84 && r < 0.9) {
                        const double angle = std::atan2(y, x);
                        const double phase = std::fmod(angle * ribs / (2 * M_PI) + 10.0 + 3.0 * t, 1.0);
                        if (phase < 0.18)
                            hu = 900.0;
                    }
                }
            } else if (y > tableY && y < tableY + 8 && std::abs(x) < 220) {
                hu = -300.0;
                sigma = 10.0;
            }
            // Approximately Gaussian noise: sum of four uniforms.
            const std::uint64_t r = next();
            const double u = double(r & 0xFFFF) + double((r >> 16) & 0xFFFF) + double((r >> 32) & 0xFFFF)
                             + double((r >> 48) & 0xFFFF);
            const double noise = (u / 65535.0 - 2.0) * 1.732 * sigma;
            const long stored = std::lround(hu + noise + 1024.0);
            row[i] = std::int16_t(std::clamp(stored, 0L, 4095L));
        }
    }
}

std::string newUid(const char *root)
{
    char buffer[100];
    dcmGenerateUniqueIdentifier(buffer, root);
    return buffer;
}

std::string decimal(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", v);
    return buffer;
}

struct SeriesIds {
    std::string study, series, frameOfReference;
    std::vector<std::string> sop;
};

bool writeSlice(const Settings &settings, const Syntax &syntax, const SeriesIds &ids, int k,
                const std::vector<std::int16_t> &pixels, const fs::path &file, std::string &error)
{
    DcmFileFormat fileFormat;
    DcmDataset *ds = fileFormat.getDataset();
    const double half = (settings.size - 1) / 2.0;
    const double x0 = -half * settings.pixelSpacing;
    const double z = -double(k) * settings.sliceSpacing; // head first: z decreases toward the feet
    const std::string ps = decimal(settings.pixelSpacing);
    const std::string description = "SYNTHETIC CT phantom " + std::to_string(settings.size) + "x"
                                    + std::to_string(settings.size) + "x" + std::to_string(settings.slices)
                                    + " (etalon-make-synthetic-ct)";

    ds->putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 100");
    ds->putAndInsertString(DCM_ImageType, "ORIGINAL\\PRIMARY\\AXIAL");
    ds->putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
    ds->putAndInsertString(DCM_SOPInstanceUID, ids.sop[std::size_t(k)].c_str());
    ds->putAndInsertString(DCM_StudyDate, "20240601");
    ds->putAndInsertString(DCM_SeriesDate, "20240601");
    ds->putAndInsertString(DCM_StudyTime, "120000");
    ds->putAndInsertString(DCM_AccessionNumber, "SYNTH0001");
    ds->putAndInsertString(DCM_Modality, "CT");
    ds->putAndInsertString(DCM_Manufacturer, "Etalon synthetic phantom");
    ds->putAndInsertString(DCM_ReferringPhysicianName, "");
    ds->putAndInsertString(DCM_StudyDescription, "SYNTHETIC CT benchmark study");
    ds->putAndInsertString(DCM_SeriesDescription, description.c_str());
    ds->putAndInsertString(DCM_PatientName, "SYNTHETIC^PHANTOM");
    ds->putAndInsertString(DCM_PatientID, "SYNTHETIC-0001");
    ds->putAndInsertString(DCM_PatientBirthDate, "");
    ds->putAndInsertString(DCM_PatientSex, "O");
    ds->putAndInsertString(DCM_BodyPartExamined, "CHEST");
    ds->putAndInsertString(DCM_SliceThickness, decimal(settings.sliceSpacing).c_str());
    ds->putAndInsertString(DCM_KVP, "120");
    ds->putAndInsertString(DCM_ConvolutionKernel, "SYNTHETIC");
    ds->putAndInsertString(DCM_PatientPosition, "HFS");
    ds->putAndInsertString(DCM_StudyInstanceUID, ids.study.c_str());
    ds->putAndInsertString(DCM_SeriesInstanceUID, ids.series.c_str());
    ds->putAndInsertString(DCM_StudyID, "1");
    ds->putAndInsertString(DCM_SeriesNumber, "1");
    ds->putAndInsertString(DCM_AcquisitionNumber, "1");
    ds->putAndInsertString(DCM_InstanceNumber, std::to_string(k + 1).c_str());
    const std::string position = decimal(x0) + "\\" + decimal(x0) + "\\" + decimal(z);
    ds->putAndInsertString(DCM_ImagePositionPatient, position.c_str());
    ds->putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
    ds->putAndInsertString(DCM_FrameOfReferenceUID, ids.frameOfReference.c_str());
    ds->putAndInsertString(DCM_PositionReferenceIndicator, "");
    ds->putAndInsertString(DCM_SliceLocation, decimal(z).c_str());
    ds->putAndInsertString(DCM_ImageComments, "SYNTHETIC phantom image, not patient data");
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    ds->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    ds->putAndInsertUint16(DCM_Rows, Uint16(settings.size));
    ds->putAndInsertUint16(DCM_Columns, Uint16(settings.size));
    ds->putAndInsertString(DCM_PixelSpacing, (ps + "\\" + ps).c_str());
    ds->putAndInsertUint16(DCM_BitsAllocated, 16);
    ds->putAndInsertUint16(DCM_BitsStored, 16);
    ds->putAndInsertUint16(DCM_HighBit, 15);
    ds->putAndInsertUint16(DCM_PixelRepresentation, 1);
    ds->putAndInsertString(DCM_WindowCenter, "40\\-600");
    ds->putAndInsertString(DCM_WindowWidth, "400\\1500");
    ds->putAndInsertString(DCM_WindowCenterWidthExplanation, "MEDIASTINUM\\LUNG");
    ds->putAndInsertString(DCM_RescaleIntercept, "-1024");
    ds->putAndInsertString(DCM_RescaleSlope, "1");
    ds->putAndInsertString(DCM_RescaleType, "HU");
    ds->putAndInsertUint16Array(DCM_PixelData, reinterpret_cast<const Uint16 *>(pixels.data()),
                                static_cast<unsigned long>(pixels.size()));

    if (syntax.xfer != EXS_LittleEndianExplicit && syntax.xfer != EXS_LittleEndianImplicit) {
        OFCondition status;
        if (syntax.xfer == EXS_JPEGLSLossless) {
            DJLSRepresentationParameter parameters(2, OFTrue);
            status = ds->chooseRepresentation(syntax.xfer, &parameters);
        } else if (syntax.xfer == EXS_JPEGProcess14SV1) {
            DJ_RPLossless parameters(6, 0);
            status = ds->chooseRepresentation(syntax.xfer, &parameters);
        } else {
            status = ds->chooseRepresentation(syntax.xfer, nullptr);
        }
        if (status.bad() || !ds->canWriteXfer(syntax.xfer)) {
            error = std::string("cannot encode as ") + syntax.label + ": " + status.text();
            return false;
        }
    }
    const OFCondition status = fileFormat.saveFile(file.c_str(), syntax.xfer);
    if (status.bad()) {
        error = "cannot write " + file.string() + ": " + status.text();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    Settings settings;
    for (int a = 1; a < argc; ++a) {
        const std::string arg = argv[a];
        auto value = [&]() -> std::string {
            if (a + 1 >= argc) {
                std::fprintf(stderr, "%s needs a value\n", arg.c_str());
                std::exit(2);
            }
            return argv[++a];
        };
        if (arg == "--slices")
            settings.slices = std::atoi(value().c_str());
        else if (arg == "--size")
            settings.size = std::atoi(value().c_str());
        else if (arg == "--out")
            settings.out = value();
        else if (arg == "--transfer-syntax")
            settings.syntax = value();
        else if (arg == "--seed")
            settings.seed = unsigned(std::strtoul(value().c_str(), nullptr, 10));
        else if (arg == "--threads")
            settings.threads = std::atoi(value().c_str());
        else if (arg == "--force")
            settings.force = true;
        else if (arg == "--help" || arg == "-h") {
            usage();
            return 0;
        } else {
            std::fprintf(stderr, "Unknown option '%s'.\n\n", arg.c_str());
            usage();
            return 2;
        }
    }
    if (settings.out.empty() || settings.slices < 1 || settings.slices > 100000 || settings.size < 16
        || settings.size > 4096) {
        usage();
        return 2;
    }
    const Syntax *syntax = nullptr;
    for (const Syntax &s : kSyntaxes)
        if (settings.syntax == s.name)
            syntax = &s;
    if (!syntax) {
        std::fprintf(stderr, "Unknown transfer syntax '%s' (explicit, implicit, rle, jpegls, jpeg-lossless).\n",
                     settings.syntax.c_str());
        return 2;
    }
    // Field of view stays 360 mm whatever the matrix size.
    settings.pixelSpacing = 360.0 / settings.size;

    const fs::path out(settings.out);
    std::error_code ec;
    fs::create_directories(out, ec);
    if (ec) {
        std::fprintf(stderr, "Cannot create %s: %s\n", out.c_str(), ec.message().c_str());
        return 1;
    }
    for (const auto &entry : fs::directory_iterator(out)) {
        if (!settings.force) {
            std::fprintf(stderr, "%s is not empty; use --force to replace the .dcm files in it.\n", out.c_str());
            return 1;
        }
        if (entry.path().extension() == ".dcm")
            fs::remove(entry.path());
    }

    // The encoders log an info line per file; keep the output to warnings and errors.
    OFLog::configure(OFLogger::WARN_LOG_LEVEL);
    DcmRLEEncoderRegistration::registerCodecs();
    DJEncoderRegistration::registerCodecs();
    DJLSEncoderRegistration::registerCodecs();

    SeriesIds ids;
    ids.study = newUid(SITE_STUDY_UID_ROOT);
    ids.series = newUid(SITE_SERIES_UID_ROOT);
    ids.frameOfReference = newUid(SITE_SERIES_UID_ROOT);
    for (int k = 0; k < settings.slices; ++k)
        ids.sop.push_back(newUid(SITE_INSTANCE_UID_ROOT));

    // File names are a random permutation of slice order.
    std::vector<int> names(std::size_t(settings.slices));
    std::iota(names.begin(), names.end(), 1);
    std::mt19937 rng(settings.seed);
    std::shuffle(names.begin(), names.end(), rng);

    const auto started = std::chrono::steady_clock::now();
    int threads = settings.threads > 0 ? settings.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::min(threads, settings.slices);
    std::atomic<int> nextSlice{0};
    std::atomic<bool> failed{false};
    std::vector<std::string> errors(static_cast<std::size_t>(threads));
    auto worker = [&](int w) {
        std::vector<std::int16_t> pixels(std::size_t(settings.size) * std::size_t(settings.size));
        for (int k = nextSlice++; k < settings.slices && !failed; k = nextSlice++) {
            const double t = settings.slices > 1 ? double(k) / (settings.slices - 1) : 0.5;
            renderSlice(pixels, settings.size, settings.pixelSpacing, t, settings.seed + std::uint64_t(k) * 7919u);
            char name[32];
            std::snprintf(name, sizeof name, "IM%06d.dcm", names[std::size_t(k)]);
            if (!writeSlice(settings, *syntax, ids, k, pixels, out / name, errors[std::size_t(w)]))
                failed = true;
        }
    };
    std::vector<std::thread> pool;
    for (int w = 0; w < threads; ++w)
        pool.emplace_back(worker, w);
    for (std::thread &t : pool)
        t.join();
    for (const std::string &e : errors)
        if (!e.empty()) {
            std::fprintf(stderr, "%s\n", e.c_str());
            return 1;
        }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("Wrote %d SYNTHETIC CT slices (%dx%d int16, %s, series \"SYNTHETIC CT phantom\") to %s in %.1f s.\n",
                settings.slices, settings.size, settings.size, syntax->label, out.c_str(), seconds);
    return 0;
}
