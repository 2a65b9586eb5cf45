using Rgiem.Core.Binding;
using Rgiem.Core.Compilation;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Loading;
using Rgiem.Core.Project;

namespace Rgiem.Core.Delta;

/// <summary>
/// The two versions of a delta, bound (stages 1 to 4, <see cref="DeltaLoader"/>), with the author and the date of its
/// revisions: the given ones, else the new version's first contact (else its source, else "rgiem") and its date (else
/// its meeting's first day; never the clock).
/// </summary>
/// <param name="NewFullPath">The new version's file (the default output goes beside it).</param>
public sealed record DeltaInputs(DeltaVersion Old, DeltaVersion New, string NewFullPath, string Author, DateOnly? Date)
{
    /// <summary>Reads and binds both versions; null (with the reasons in <paramref name="diagnostics"/>) when one cannot be read.</summary>
    public static DeltaInputs? Load(DeltaRequest request, DiagnosticBag diagnostics)
    {
        var display = new PathDisplay(request.WorkingDirectory);
        string newFull = Path.GetFullPath(Path.Combine(request.WorkingDirectory, request.New ?? request.Old));
        string oldFull = Path.GetFullPath(Path.Combine(request.WorkingDirectory, request.Old));
        var project = ProjectLoader.Load(Path.GetDirectoryName(newFull)!, display.Show, new DiagnosticBag());

        var oldVersion = request.From is null
            ? FromFile(oldFull, display, project, diagnostics)
            : FromGit(oldFull, request.From, display, project, diagnostics);
        var newVersion = request.To is null
            ? FromFile(newFull, display, project, diagnostics)
            : FromGit(newFull, request.To, display, project, diagnostics);
        if (oldVersion is null || newVersion is null || diagnostics.HasErrors)
        {
            return null;
        }

        var metadata = newVersion.IsRecord ? newVersion.Record.Metadata : oldVersion.Record.Metadata;
        string author = request.Author is { Length: > 0 } given
            ? given
            : (metadata.Contacts.Count > 0 ? metadata.Contacts[0].Name : null) ?? metadata.Source ?? "rgiem";
        return new DeltaInputs(oldVersion, newVersion, newFull, author, request.Date ?? metadata.Date ?? metadata.FirstDay);
    }

    private static DeltaVersion? FromFile(string fullPath, PathDisplay display, ProjectFile project, DiagnosticBag diagnostics)
    {
        string shown = display.Show(fullPath);
        var load = SourceLoader.Load(fullPath, shown);
        if (load.Source is null && !File.Exists(fullPath) && !Directory.Exists(fullPath))
        {
            diagnostics.Add(LoadDescriptors.PathNotFound, SourceLocation.None, shown);
            return null;
        }

        diagnostics.AddRange(load.Diagnostics);
        if (load.Source is null)
        {
            return null;
        }

        // The text as read (regular file, size limit, strict UTF-8); DeltaLoader decodes it again with the same rules.
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(load.Source.Text);
        var includes = new IncludeResolver(fullPath, project.Root, display.Show, project.RecordDirectories);
        return DeltaLoader.Load(bytes, shown, project.Defaults, includes, diagnostics);
    }

    private static DeltaVersion? FromGit(string fullPath, string revision, PathDisplay display, ProjectFile project, DiagnosticBag diagnostics)
    {
        string shown = display.Show(fullPath);
        var bytes = GitShow.Read(fullPath, revision, shown, diagnostics);
        return bytes is null ? null : DeltaLoader.Load(bytes, revision + ":" + shown, project.Defaults, null, diagnostics);
    }
}
