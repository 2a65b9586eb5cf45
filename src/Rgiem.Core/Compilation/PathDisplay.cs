namespace Rgiem.Core.Compilation;

/// <summary>Turns full paths into the relative, forward-slash paths shown in messages.</summary>
public sealed class PathDisplay(string workingDirectory)
{
    public string Show(string fullPath)
    {
        string relative = Path.GetRelativePath(workingDirectory, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) && Path.IsPathRooted(fullPath) && relative.Count(c => c == Path.DirectorySeparatorChar) > 3)
        {
            relative = fullPath;
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
