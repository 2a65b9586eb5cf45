using Rgiem.Cli.Tests.Support;
using Rgiem.Testing;

namespace Rgiem.Cli.Tests.BadInput;

/// <summary>Writes each bad input once (the largest are 100 MB) into a folder of its own, shared by the runs of a test class.</summary>
public sealed class BadInputFolders : IDisposable
{
    private readonly TempFolder root = new();
    private readonly Dictionary<string, string> created = new(StringComparer.Ordinal);

    public string For(BadInputCase input)
    {
        if (!created.TryGetValue(input.Name, out string? folder))
        {
            folder = Directory.CreateDirectory(root.Combine(input.Name)).FullName;
            input.Create(folder);
            created[input.Name] = folder;
        }

        return folder;
    }

    public void Dispose() => root.Dispose();
}
