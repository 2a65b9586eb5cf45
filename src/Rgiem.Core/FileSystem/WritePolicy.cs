using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.FileSystem;

/// <summary>
/// The one rule for every file rgiem writes (builds, <c>delta -o</c>, <c>refs --export</c>, <c>schema -o</c>,
/// <c>template export</c>, <c>check --fix</c>, <c>init</c>, <c>new</c>):
/// <list type="bullet">
/// <item>never replace a file this run read (<see cref="FileAccessLog"/>), a file the caller names as an input, or a
/// file that is an input of a project whatever the run read (a <c>rgiem.yaml</c>, a document registry, a meeting
/// record), even with <c>--force</c>; <c>check --fix</c> is the one writer of records and asks with
/// <see cref="CheckFix"/>;</item>
/// <item>never write over something that is not a regular file (a folder: RG0007; a FIFO, a device: RG0040);</item>
/// <item>replace any other existing file only with <c>--force</c>, or when replacing it is the command's documented
/// job (a build's outputs in its output folder).</item>
/// </list>
/// </summary>
public sealed class WritePolicy
{
    private static readonly string[] ProjectFileNames = ["rgiem.yaml", "documents.yaml", "documents.csv"];

    private readonly bool force;
    private readonly HashSet<string> inputs;
    private readonly HashSet<FileIdentity> inputIdentities = [];
    private readonly Func<string, string> display;

    /// <param name="force">The command's <c>--force</c>.</param>
    /// <param name="inputs">Further files that are inputs of this run (full paths), read or not.</param>
    /// <param name="display">Turns a full path into the path shown in messages.</param>
    public WritePolicy(bool force, IEnumerable<string>? inputs = null, Func<string, string>? display = null)
    {
        this.force = force;
        this.display = display ?? (p => p);
        this.inputs = new HashSet<string>((inputs ?? []).Select(Path.GetFullPath), StringComparer.Ordinal);
        foreach (string input in this.inputs)
        {
            if (FileProbe.Status(input).Identity is { } id)
            {
                inputIdentities.Add(id);
            }
        }
    }

    /// <summary>
    /// Null when <paramref name="target"/> may be written; else the diagnostic (at <paramref name="location"/>) that
    /// says why not. <paramref name="replacingIsJob"/>: the command exists to replace this file (a build output).
    /// </summary>
    public Diagnostic? Check(string target, SourceLocation location, bool replacingIsJob = false)
    {
        string full = Path.GetFullPath(target);
        var status = FileProbe.Status(full);
        if (status.Kind == FileKind.Missing)
        {
            return null;
        }

        if (InputReason(full, status) is { } reason)
        {
            return Diagnostic.Create(LoadDescriptors.WouldReplaceInput, location, display(full), reason);
        }

        if (status.Kind == FileKind.Directory)
        {
            return Diagnostic.Create(LoadDescriptors.CannotWrite, location, display(full), "a folder of that name is in the way; rename or remove it, or write to another path");
        }

        if (status.Kind != FileKind.Regular)
        {
            return Diagnostic.Create(LoadDescriptors.NotRegularFile, location, display(full), FileProbe.Describe(status.Kind));
        }

        return replacingIsJob || force ? null : Diagnostic.Create(LoadDescriptors.FileExists, location, display(full));
    }

    /// <summary>
    /// For <c>check --fix</c>, whose job is to rewrite the records it checked: the record must be a regular file,
    /// and must not be an include, a template or anything else of the project but a record.
    /// </summary>
    public Diagnostic? CheckFix(string record, SourceLocation location)
    {
        var status = FileProbe.Status(record);
        return status.Kind is FileKind.Regular or FileKind.Missing
            ? null
            : Diagnostic.Create(LoadDescriptors.NotRegularFile, location, display(Path.GetFullPath(record)), FileProbe.Describe(status.Kind));
    }

    private string? InputReason(string full, FileStatus status)
    {
        if (inputs.Contains(full) || (status.Identity is { } id && inputIdentities.Contains(id)))
        {
            return "an input of this run";
        }

        if (FileAccessLog.Current is { } log && log.WasRead(full, status))
        {
            return "a file this run read";
        }

        string name = Path.GetFileName(full);
        if (ProjectFileNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return $"a project file ({name})";
        }

        if (status.Kind == FileKind.Regular && name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && StartsWithFrontMatter(full))
        {
            return "a meeting record (it starts with front matter)";
        }

        return null;
    }

    /// <summary>Whether a regular file starts with a front matter block (<c>---</c>, after a BOM): a record.</summary>
    internal static bool StartsWithFrontMatter(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            Span<byte> head = stackalloc byte[6];
            int length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var bytes = head[..length];
            if (bytes.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }

            return bytes.StartsWith("---"u8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable: treat it as an input (refusing costs less than losing it).
            return true;
        }
    }
}
