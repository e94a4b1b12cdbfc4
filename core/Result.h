#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace etalon::core {

/// What went wrong, in categories a caller can branch on; the detail is for people.
enum class ErrorCode {
    InvalidArgument,
    NotFound,
    AlreadyExists,
    IoError,
    NotDicom,
    CorruptData,
    Unsupported,
    Database,
    Cancelled,
    PermissionDenied, ///< the signed-in user's role or assignment does not allow this
    InvalidState,     ///< not allowed in the object's current state (e.g. editing a submitted reading)
    AuthenticationFailed,
};

/// An expected failure: a code to branch on and a human message naming the file or object
/// concerned and, where possible, what to do about it.
struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
};

/// Core does not throw across its API: functions that can fail return Result<T>.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation with no value.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace etalon::core
