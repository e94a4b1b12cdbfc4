#pragma once

namespace etalon::core::dicom {

/// Silences DCMTK's own log lines ("W: DcmItem: Length of element (7fe0,0010) is odd", dcmseg's
/// consistency notes...) once per process: Etalon reports problems itself, naming the file and
/// what to do, and stray lines on stderr only confuse users of etalon-cli.
void quietDcmtkLogging();

} // namespace etalon::core::dicom
