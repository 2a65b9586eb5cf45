namespace Rgiem.Core.Compilation;

/// <summary>Turns full paths into the relative, forward-slash paths shown in messages.</summary>
public sealed class PathDisplay(string workingDirectory)
{
    public string Show(string fullPath)
    {
        string relative = Path.GetRelativePath(workingDirectory, fullPath);

        // More than three folders up is far away: the absolute path says more than "../../../../x".
        if (relative.StartsWith("..", StringComparison.Ordinal) && Path.IsPathRooted(fullPath) && relative.Split(Path.DirectorySeparatorChar).TakeWhile(s => s == "..").Count() > 3)
        {
            relative = fullPath;
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
