using System.Text;

namespace Rgiem.Cli;

/// <summary>
/// Standard output or error as rgiem writes them: a write that fails (the stream is closed, the disk is full,
/// a pipe's reader went away) is remembered instead of thrown, and later writes are dropped, so that an
/// environment fault ends the run with a clear message and exit code 2 (Program.cs), never an internal error.
/// </summary>
internal sealed class GuardedWriter : TextWriter
{
    private readonly TextWriter? inner;

    /// <param name="inner">The stream to write to; null when it is closed (every write fails).</param>
    public GuardedWriter(TextWriter? inner)
    {
        this.inner = inner;
    }

    /// <summary>Why a write failed, or null while every write succeeded.</summary>
    public string? Failure { get; private set; }

    public override Encoding Encoding => inner?.Encoding ?? Encoding.UTF8;

    public override void Write(char value) => Guard(w => w.Write(value));

    public override void Write(string? value) => Guard(w => w.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(w => w.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(w => w.WriteLine(value));

    public override void Flush() => Guard(w => w.Flush());

    private void Guard(Action<TextWriter> write)
    {
        if (Failure is not null)
        {
            return;
        }

        if (inner is null)
        {
            Failure = "it is closed";
            return;
        }

        try
        {
            write(inner);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException or NotSupportedException)
        {
            Failure = ex.Message;
        }
    }
}
