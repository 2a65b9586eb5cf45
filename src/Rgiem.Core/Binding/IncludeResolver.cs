using Rgiem.Core.Diagnostics;
using Rgiem.Core.Loading;
using Rgiem.Core.Markdown;
using Rgiem.Core.Text;

namespace Rgiem.Core.Binding;

/// <summary>
/// Resolves the <c>```{include} path</c> directives of one record. A path is relative to the file that holds
/// the directive and must stay inside the project root: no absolute paths, no <c>..</c> above the root, and
/// symbolic links are resolved before the check. A file may not include itself (directly or through
/// others), includes nest at most <see cref="MaxDepth"/> levels, one record expands at most <see cref="MaxIncludes"/>
/// includes and <see cref="MaxIncludedCharacters"/> characters of included text (RG2028), and an included file is a fragment: it has
/// no front matter. Every problem is a diagnostic at the directive; nothing is read outside the project.
/// One resolver serves one record (it tracks the chain of files being included).
/// </summary>
public sealed class IncludeResolver
{
    /// <summary>The deepest nesting of includes.</summary>
    public const int MaxDepth = 8;

    /// <summary>The most includes one record may expand (each time a file is included counts, also the same file again).</summary>
    public const int MaxIncludes = 1000;

    /// <summary>The most characters of included text one record may expand, all includes together.</summary>
    public const int MaxIncludedCharacters = 16 * 1024 * 1024;

    private int includeCount;
    private long includedCharacters;
    private bool overBudget;

    /// <summary>The largest image file a record may show, in bytes.</summary>
    public const long MaxImageBytes = 20 * 1024 * 1024;

    private readonly string recordFullPath;
    private readonly string projectRoot;
    private readonly string[] recordDirectories;
    private readonly Func<string, string> display;
    private readonly List<SourceText> sources = [];
    private readonly List<string> images = [];

    // Resolved on first use (most records include nothing and show no image): resolving symbolic links costs system calls.
    private IReadOnlyList<string>? roots;
    private string? rootDisplay;
    private List<string>? chain;

    /// <param name="recordFullPath">Full path of the record.</param>
    /// <param name="projectRoot">Full path of the project root (the folder of rgiem.yaml, else the input folder).</param>
    /// <param name="display">Turns a full path into the path shown in messages.</param>
    /// <param name="recordDirectories">
    /// Records folders that rgiem.yaml names outside its own folder (<c>records: ../rg-iem</c>): the author of
    /// the project file chose them, so files inside them may be included too.
    /// </param>
    public IncludeResolver(string recordFullPath, string projectRoot, Func<string, string> display, IEnumerable<string>? recordDirectories = null)
    {
        this.display = display;
        this.recordFullPath = recordFullPath;
        this.projectRoot = projectRoot;
        this.recordDirectories = [.. recordDirectories ?? []];
    }

    /// <summary>The folders an include or an image must stay in, with their symbolic links resolved.</summary>
    private IReadOnlyList<string> Roots => roots ??=
        [.. new[] { projectRoot }.Concat(recordDirectories).Select(d => RealPath(Path.GetFullPath(d)) ?? Path.GetFullPath(d))];

    /// <summary>The project folder as messages show it.</summary>
    private string RootDisplay
    {
        get
        {
            if (rootDisplay is null)
            {
                rootDisplay = display(Path.GetFullPath(projectRoot));
                if (rootDisplay.Length == 0)
                {
                    rootDisplay = ".";
                }
            }

            return rootDisplay;
        }
    }

    /// <summary>The files being included, the record first.</summary>
    private List<string> Chain => chain ??= [RealPath(recordFullPath) ?? recordFullPath];

    /// <summary>The text of every file included so far, for snippets and for the rules that read source lines.</summary>
    public IReadOnlyList<SourceText> Sources => sources;

    /// <summary>The full path of every image the record shows, in the order first shown: inputs of its rendering.</summary>
    public IReadOnlyList<string> Images => images;

    /// <summary>
    /// Checks the image <paramref name="target"/> names, relative to the file being bound: inside the project, a file,
    /// at most <see cref="MaxImageBytes"/>, a PNG or JPEG (an SVG is shown through the PNG of the same name beside it).
    /// Returns its full path and header, or null with a diagnostic at <paramref name="location"/>.
    /// </summary>
    internal (string FullPath, Model.ImageInfo Info)? ResolveImage(string target, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (IsAbsolute(target) || Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "file")
        {
            diagnostics.Add(StructureDescriptors.ImageOutsideProject, location, target, "is not a path inside the project", RootDisplay);
            return null;
        }

        string directory = Path.GetDirectoryName(Chain[^1])!;
        string full = Path.GetFullPath(Path.Combine(directory, Uri.UnescapeDataString(target)));
        if (!Roots.Any(root => IsUnder(full, root)))
        {
            diagnostics.Add(StructureDescriptors.ImageOutsideProject, location, target, "goes above the project folder", RootDisplay);
            return null;
        }

        if (string.Equals(Path.GetExtension(full), ".svg", StringComparison.OrdinalIgnoreCase))
        {
            string png = Path.ChangeExtension(full, ".png");
            if (!File.Exists(png))
            {
                diagnostics.Add(StructureDescriptors.ImageFormat, location, target, $"is an SVG drawing, which Word documents cannot all show, and there is no PNG of it beside it ({display(png)})");
                return null;
            }

            full = png;
        }

        string? real = File.Exists(full) ? RealPath(full) : null;
        if (real is null)
        {
            diagnostics.Add(StructureDescriptors.ImageNotFound, location, target, display(full));
            return null;
        }

        if (!Roots.Any(root => IsUnder(real, root)))
        {
            diagnostics.Add(StructureDescriptors.ImageOutsideProject, location, target, "is a symbolic link to a file outside the project folder", RootDisplay);
            return null;
        }

        // The one read rule: a regular file only (a FIFO is refused before it is opened), the size limit applied to the
        // bytes actually read.
        var read = FileSystem.InputFile.Read(real, MaxImageBytes);
        if (read.Bytes is not { } bytes)
        {
            if (read.Problem == FileSystem.ReadProblem.TooLarge)
            {
                // The size shown is the file system's (for the message only; the limit was applied to the bytes read).
                diagnostics.Add(StructureDescriptors.ImageTooLarge, location, target, Math.Max(new FileInfo(real).Length, MaxImageBytes + 1), MaxImageBytes);
            }
            else if (read.Problem == FileSystem.ReadProblem.NotRegular)
            {
                diagnostics.Add(StructureDescriptors.ImageFormat, location, target, read.Reason(MaxImageBytes));
            }
            else
            {
                diagnostics.Add(StructureDescriptors.ImageNotFound, location, target, display(real) + ": " + read.Reason(MaxImageBytes));
            }

            return null;
        }

        if (Model.ImageInfo.Probe(bytes) is not { } info)
        {
            diagnostics.Add(StructureDescriptors.ImageFormat, location, target, "is not a PNG or JPEG image (its first bytes say neither)");
            return null;
        }

        if (!images.Contains(real, StringComparer.Ordinal))
        {
            images.Add(real);
        }

        return (real, info);
    }

    /// <summary>
    /// Reads the file <paramref name="target"/> names, relative to the file being bound; null (with a diagnostic at
    /// <paramref name="directive"/>) when it cannot be included. On success the caller binds it and then calls <see cref="Exit"/>.
    /// </summary>
    internal IncludedFile? Enter(string target, SourceLocation directive, DiagnosticBag diagnostics)
    {
        // Past the budget every further include is refused at once, without touching the file system, so a
        // fan-out (each file including the next ten times) costs time linear in what was read, not 10^depth.
        if (overBudget)
        {
            return null;
        }

        if (includeCount >= MaxIncludes)
        {
            return OverBudget(target, directive, diagnostics);
        }

        if (IsAbsolute(target))
        {
            diagnostics.Add(DirectiveDescriptors.IncludeOutsideProject, directive, target, "is an absolute path", RootDisplay);
            return null;
        }

        string directory = Path.GetDirectoryName(Chain[^1])!;
        string full = Path.GetFullPath(Path.Combine(directory, target));
        if (!Roots.Any(root => IsUnder(full, root)))
        {
            diagnostics.Add(DirectiveDescriptors.IncludeOutsideProject, directive, target, "goes above the project folder", RootDisplay);
            return null;
        }

        if (!File.Exists(full))
        {
            diagnostics.Add(DirectiveDescriptors.IncludeNotFound, directive, target, display(full));
            return null;
        }

        string? real = RealPath(full);
        if (real is null)
        {
            diagnostics.Add(DirectiveDescriptors.IncludeNotFound, directive, target, display(full));
            return null;
        }

        if (!Roots.Any(root => IsUnder(real, root)))
        {
            diagnostics.Add(DirectiveDescriptors.IncludeOutsideProject, directive, target, "is a symbolic link to a file outside the project folder", RootDisplay);
            return null;
        }

        if (Chain.Contains(real, StringComparer.Ordinal))
        {
            string cycle = string.Join(" → ", Chain.SkipWhile(p => !string.Equals(p, real, StringComparison.Ordinal)).Append(real).Select(display));
            diagnostics.Add(DirectiveDescriptors.IncludeCycle, directive, display(real), cycle);
            return null;
        }

        if (Chain.Count > MaxDepth)
        {
            diagnostics.Add(DirectiveDescriptors.IncludeTooDeep, directive, display(real), Chain.Count, MaxDepth);
            return null;
        }

        var load = SourceLoader.Load(real, display(real));
        diagnostics.AddRange(load.Diagnostics);
        if (load.Source is not { } source)
        {
            return null;
        }

        includeCount++;
        includedCharacters += source.Text.Length;
        if (includedCharacters > MaxIncludedCharacters)
        {
            return OverBudget(target, directive, diagnostics);
        }

        if (source.GetLineText(0).TrimEnd(' ', '\t') == "---")
        {
            diagnostics.Add(DirectiveDescriptors.IncludedRecord, directive, source.Path);
            return null;
        }

        if (MarkdownParser.Parse(source.Text, source.Path, diagnostics) is not { } document)
        {
            return null;
        }

        Chain.Add(real);
        if (!sources.Exists(s => string.Equals(s.Path, source.Path, StringComparison.Ordinal)))
        {
            sources.Add(source);
        }

        return new IncludedFile(source, document);
    }

    private IncludedFile? OverBudget(string target, SourceLocation directive, DiagnosticBag diagnostics)
    {
        overBudget = true;
        diagnostics.Add(DirectiveDescriptors.IncludeBudget, directive, target, MaxIncludes, MaxIncludedCharacters);
        return null;
    }

    /// <summary>Leaves the file entered last.</summary>
    internal void Exit() => Chain.RemoveAt(Chain.Count - 1);

    private static bool IsAbsolute(string path) =>
        Path.IsPathRooted(path) || path.StartsWith('/') || path.StartsWith('\\') || path.StartsWith('~') || (path.Length > 1 && path[1] == ':');

    private static bool IsUnder(string path, string directory) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(directory) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="fullPath"/> with every symbolic link on the way resolved (as realpath(3) does), or null
    /// when a link cannot be followed (a loop, a permission problem).
    /// </summary>
    internal static string? RealPath(string fullPath, int depth = 0)
    {
        if (depth > 32)
        {
            return null;
        }

        try
        {
            string rootPart = Path.GetPathRoot(fullPath) ?? string.Empty;
            string current = rootPart;
            var parts = fullPath[rootPart.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < parts.Length; i++)
            {
                string next = Path.Combine(current, parts[i]);
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                if (info.LinkTarget is not null)
                {
                    var target = info.ResolveLinkTarget(returnFinalTarget: true);
                    if (target is null)
                    {
                        return null;
                    }

                    // The target's own folders may hold links too.
                    string? resolved = RealPath(target.FullName, depth + 1);
                    if (resolved is null)
                    {
                        return null;
                    }

                    next = resolved;
                }

                current = next;
            }

            return current;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
