using Rgiem.Core.Binding;
using Rgiem.Core.Loading;
using Rgiem.Core.Project;
using Rgiem.Core.References;

namespace Rgiem.Core.Repository;

/// <summary>
/// The records of one project (a repository of meetings): the inputs of this run, and on first use every other
/// record under the project's record folders, bound but not checked, so that a progress report or a repository
/// check sees the whole repository even when only one file is checked.
/// </summary>
public sealed class ProjectRecords
{
    private readonly Func<string, (bool IsRecord, BoundRecord? Bound)> bind;
    private readonly Func<string, string> display;
    private readonly HashSet<string> unreadable;
    private readonly Lazy<IReadOnlyList<ProjectRecord>> others;
    private Dictionary<string, ProjectRecord>? byPath;
    private IReadOnlyList<ProjectRecord>? all;

    /// <param name="project">The project.</param>
    /// <param name="inputs">The records of this run in the project, in input order.</param>
    /// <param name="unreadableInputs">Inputs that start with front matter but could not be bound.</param>
    /// <param name="registry">The project's document registry, if any.</param>
    /// <param name="bind">Reads and binds a file that is not an input: whether it is a record, and the record if it could be bound.</param>
    /// <param name="display">Turns a full path into the path shown in messages.</param>
    public ProjectRecords(
        ProjectFile project,
        IReadOnlyList<ProjectRecord> inputs,
        IEnumerable<string> unreadableInputs,
        DocumentRegistry? registry,
        Func<string, (bool IsRecord, BoundRecord? Bound)> bind,
        Func<string, string> display)
    {
        Project = project;
        Inputs = inputs;
        Registry = registry;
        this.bind = bind;
        this.display = display;
        unreadable = new HashSet<string>(unreadableInputs, StringComparer.Ordinal);
        others = new Lazy<IReadOnlyList<ProjectRecord>>(LoadOthers, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private ProjectRecords(ProjectRecords from, IReadOnlyList<ProjectRecord> inputs)
    {
        Project = from.Project;
        Inputs = inputs;
        Registry = from.Registry;
        RecordFiles = from.RecordFiles;
        bind = from.bind;
        display = from.display;
        unreadable = from.unreadable;
        others = from.others;
    }

    public ProjectFile Project { get; }

    /// <summary>Lists the record files of a folder, the output folder left out (<see cref="RecordDiscovery.Find"/>; a build gives the listing it already made).</summary>
    public Func<string, string?, IReadOnlyList<string>> RecordFiles { get; init; } = RecordDiscovery.Find;

    /// <summary>The records this run checks, in input order.</summary>
    public IReadOnlyList<ProjectRecord> Inputs { get; }

    public DocumentRegistry? Registry { get; }

    /// <summary>Every record of the project, inputs included, in display-path order.</summary>
    public IReadOnlyList<ProjectRecord> All => all ??= [.. Inputs.Concat(others.Value).OrderBy(r => r.DisplayPath, StringComparer.Ordinal)];

    /// <summary>Full paths of files that start with front matter but could not be read or bound.</summary>
    public IReadOnlySet<string> Unreadable
    {
        get
        {
            _ = others.Value;
            return unreadable;
        }
    }

    /// <summary>The record at <paramref name="fullPath"/>, or null when the project has no readable record there.</summary>
    public ProjectRecord? Find(string fullPath)
    {
        byPath ??= All.ToDictionary(r => r.FullPath, StringComparer.Ordinal);
        return byPath.GetValueOrDefault(fullPath);
    }

    /// <summary>The same project with the inputs replaced (after their statistics annexes were generated).</summary>
    public ProjectRecords WithInputs(IReadOnlyList<ProjectRecord> inputs) => new(this, inputs);

    private List<ProjectRecord> LoadOthers()
    {
        var inputs = new HashSet<string>(Inputs.Select(r => r.FullPath), StringComparer.Ordinal);
        var found = new List<ProjectRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string directory in Project.RecordDirectories)
        {
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (string file in RecordFiles(directory, Project.OutputDirectory))
            {
                if (inputs.Contains(file) || unreadable.Contains(file) || !seen.Add(file))
                {
                    continue;
                }

                var (isRecord, bound) = bind(file);
                if (bound is not null)
                {
                    found.Add(new ProjectRecord(file, display(file), bound, IsInput: false));
                }
                else if (isRecord)
                {
                    unreadable.Add(file);
                }
            }
        }

        return found;
    }
}
