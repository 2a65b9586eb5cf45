using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Rgiem.Core.Loading;
using Rgiem.Core.Text;

namespace Rgiem.Cli.Output;

/// <summary>
/// The sources of a build answered from the cache: a file is read the first time a snippet needs it, so that a
/// format without snippets (msbuild, json, sarif) or a run with no diagnostic reads no record at all. A file that
/// cannot be read is remembered as missing (no snippet), as when the sources are read up front. Texts already at
/// hand (<paramref name="known"/>: the records a run kept whole) are used as they are.
/// </summary>
internal sealed class LazySourceMap(IEnumerable<string> paths, string workingDirectory, IReadOnlyDictionary<string, SourceText>? known = null) : IReadOnlyDictionary<string, SourceText>
{
    private readonly HashSet<string> paths = new(paths.Concat(known?.Keys ?? []), StringComparer.Ordinal);
    private readonly Dictionary<string, SourceText?> loaded = new(StringComparer.Ordinal);

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<SourceText> Values => this.Select(p => p.Value);

    public int Count => Keys.Count();

    public SourceText this[string key] => TryGetValue(key, out var source) ? source : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourceText value)
    {
        if (known is not null && known.TryGetValue(key, out value))
        {
            return true;
        }

        if (!paths.Contains(key))
        {
            value = null;
            return false;
        }

        lock (loaded)
        {
            if (!loaded.TryGetValue(key, out var source))
            {
                loaded[key] = source = SourceLoader.Load(Path.GetFullPath(Path.Combine(workingDirectory, key)), key).Source;
            }

            value = source;
            return source is not null;
        }
    }

    public IEnumerator<KeyValuePair<string, SourceText>> GetEnumerator()
    {
        foreach (string path in paths.Order(StringComparer.Ordinal))
        {
            if (TryGetValue(path, out var source))
            {
                yield return new(path, source);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
