using Rgiem.Core.Project;

namespace Rgiem.Core.Compilation;

/// <summary>
/// Asked by <see cref="Compiler"/> before it reads a record: the record's own checks when none of the files they read
/// changed since a build that kept them (the build cache), else null (read, bind and check it). Called from any
/// thread, after the project files and the document registries were read.
/// </summary>
public delegate ReusedCheck? CheckReuse(string fullPath, string displayPath, bool isExplicit, ProjectFile project);
