using Microsoft.Win32.SafeHandles;

namespace Rgiem.Cli;

/// <summary>
/// Standard output and error, guarded (<see cref="GuardedWriter"/>). When one is closed (<c>rgiem check &gt;&amp;-</c>),
/// its descriptor is first taken by /dev/null: otherwise the next file rgiem opens (a record) would get descriptor 1,
/// and what rgiem prints would go into it.
/// </summary>
internal static class StandardStreams
{
    // Kept open for the life of the process: they hold descriptors 0 to 2 when those were closed.
    private static readonly List<SafeFileHandle> Placeholders = [];

    public static (GuardedWriter Output, GuardedWriter Error) Open()
    {
        bool outputClosed = false;
        bool errorClosed = false;
        if (OperatingSystem.IsLinux())
        {
            bool[] closed = [IsClosed(0), IsClosed(1), IsClosed(2)];
            outputClosed = closed[1];
            errorClosed = closed[2];
            for (int i = 0; i < closed.Count(c => c) && i < 3; i++)
            {
                try
                {
                    Placeholders.Add(File.OpenHandle("/dev/null", FileMode.Open, FileAccess.ReadWrite));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    break;
                }
            }
        }

        return (new GuardedWriter(outputClosed ? null : TryGet(() => Console.Out)), new GuardedWriter(errorClosed ? null : TryGet(() => Console.Error)));
    }

    private static bool IsClosed(int descriptor) =>
        Core.FileSystem.FileProbe.Status("/proc/self/fd/" + descriptor.ToString(System.Globalization.CultureInfo.InvariantCulture)).Kind == Core.FileSystem.FileKind.Missing
        && Directory.Exists("/proc/self/fd");

    private static TextWriter? TryGet(Func<TextWriter> get)
    {
        try
        {
            return get();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
