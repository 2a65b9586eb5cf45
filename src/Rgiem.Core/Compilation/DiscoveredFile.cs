using Rgiem.Core.Project;

namespace Rgiem.Core.Compilation;

/// <summary>A file that may be a record: its full path, whether the user named it, and its project.</summary>
public sealed record DiscoveredFile(string FullPath, bool Explicit, ProjectFile Project);
