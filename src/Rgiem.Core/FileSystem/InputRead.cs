namespace Rgiem.Core.FileSystem;

/// <summary>
/// The bytes of a file, or why there are none: <see cref="Kind"/> for a file that is not a regular one,
/// <see cref="Message"/> (the system's words) for one that cannot be read.
/// </summary>
public sealed record InputRead(byte[]? Bytes, ReadProblem Problem, FileKind Kind, string? Message)
{
    /// <summary>
    /// In a build that tracks its inputs, the file's <see cref="InputStamp"/> taken before it was read (Linux); else null.
    /// </summary>
    public InputStamp? Stamp { get; init; }

    public static InputRead Fail(ReadProblem problem, FileKind kind, string? message = null) => new(null, problem, kind, message);

    /// <summary>The reason in words, for a diagnostic: "it is a FIFO (named pipe), not a regular file".</summary>
    public string Reason(long maxBytes) => Problem switch
    {
        ReadProblem.NotFound => "no such file",
        ReadProblem.NotRegular => $"it is {FileProbe.Describe(Kind)}, not a regular file; rgiem reads only regular files",
        ReadProblem.TooLarge => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"it holds more than the {maxBytes:N0} bytes rgiem reads"),
        _ => Message ?? "it cannot be read",
    };
}
