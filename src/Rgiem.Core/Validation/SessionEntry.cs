using Rgiem.Core.Model;

namespace Rgiem.Core.Validation;

/// <summary>A session of the front matter with its path in the YAML (<c>sessions[2]</c>), for locations.</summary>
public sealed record SessionEntry(SessionInfo Session, string Path)
{
    public string DatePath => Path + ".date";

    public string TimePath => Path + ".time";
}
