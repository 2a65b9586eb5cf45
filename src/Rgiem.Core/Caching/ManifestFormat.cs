using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;

namespace Rgiem.Core.Caching;

/// <summary>
/// The build cache's manifest as text: one entry a line, fields separated by tabs (tab, line ends and
/// backslashes escaped), and a last line with the SHA-256 of everything before it, so that a truncated or
/// edited manifest is detected and never trusted. Given a key (<see cref="CacheSigningKey"/>: the user's own,
/// outside the project), the last line is an HMAC-SHA256 instead, so that a manifest shipped with a project, or
/// edited by anyone without the key, is not trusted either.
/// </summary>
public static class ManifestFormat
{
    /// <summary>The first line; version 2 added the inputs' stamps (a manifest of version 1 is not read: its outputs are rendered once more).</summary>
    private const string Magic = "rgiem-cache\t2";

    /// <summary>The characters a field escapes.</summary>
    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create("\\\t\n\r");

    private static string Checksum(ReadOnlySpan<byte> body, byte[]? key) =>
        key is null ? Convert.ToHexStringLower(SHA256.HashData(body)) : "hmac:" + Convert.ToHexStringLower(HMACSHA256.HashData(key, body));

    public static byte[] Write(CacheManifest manifest, byte[]? signingKey = null)
    {
        using var stream = new MemoryStream();
        Write(stream, manifest, signingKey);
        return stream.ToArray();
    }

    /// <summary>
    /// The manifest's bytes, the same as <see cref="Write(CacheManifest, byte[])"/>, written to <paramref name="stream"/>
    /// (left open) a line at a time and hashed as they go, instead of built whole as a string: a 5,000-record manifest
    /// is 2 MB of text.
    /// </summary>
    public static void Write(Stream stream, CacheManifest manifest, byte[]? signingKey = null)
    {
        using HashAlgorithm hash = signingKey is null ? SHA256.Create() : new HMACSHA256(signingKey);
        using (var hashed = new CryptoStream(stream, hash, CryptoStreamMode.Write, leaveOpen: true))
        using (var text = new StreamWriter(hashed, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 16 * 1024, leaveOpen: true))
        {
            WriteBody(text, manifest);
            text.Flush();
            hashed.FlushFinalBlock();
        }

        string checksum = signingKey is null ? Convert.ToHexStringLower(hash.Hash!) : "hmac:" + Convert.ToHexStringLower(hash.Hash!);
        stream.Write(Encoding.UTF8.GetBytes("end\t" + checksum + "\n"));
    }

    private static void WriteBody(TextWriter text, CacheManifest manifest)
    {
        text.Write(Magic);
        text.Write('\n');
        Line(text, "key", manifest.Key);
        foreach (var (shard, hash) in manifest.CheckShards.OrderBy(s => s.Key))
        {
            Line(text, "checks", shard.ToString(CultureInfo.InvariantCulture), hash);
        }

        foreach (var (path, hash) in manifest.Inputs)
        {
            if (manifest.InputStamps.TryGetValue(path, out var stamp))
            {
                Line(
                    text,
                    "input",
                    path,
                    hash,
                    stamp.Length.ToString(CultureInfo.InvariantCulture),
                    stamp.ModifiedNs.ToString(CultureInfo.InvariantCulture),
                    stamp.ChangedNs.ToString(CultureInfo.InvariantCulture),
                    stamp.Device.ToString(CultureInfo.InvariantCulture),
                    stamp.Inode.ToString(CultureInfo.InvariantCulture),
                    stamp.ClockNs.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                Line(text, "input", path, hash);
            }
        }

        foreach (var (path, hash) in manifest.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Line(text, "file", path, hash);
        }

        foreach (var record in manifest.Records)
        {
            Line(
                text,
                "record",
                record.FullPath,
                record.DisplayPath,
                record.RenderKey,
                record.Output,
                record.OutputHash,
                record.OutputStamp?.Length.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                record.OutputStamp?.LastWriteTicks.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            foreach (var diagnostic in record.Diagnostics)
            {
                Diagnostic(text, "diag", diagnostic);
            }

            foreach (var diagnostic in record.RenderDiagnostics)
            {
                Diagnostic(text, "rdiag", diagnostic);
            }
        }

        foreach (var diagnostic in manifest.Global)
        {
            Diagnostic(text, "global", diagnostic);
        }

        foreach (var diagnostic in manifest.Build)
        {
            Diagnostic(text, "build", diagnostic);
        }

        foreach (string skipped in manifest.Skipped)
        {
            Line(text, "skipped", skipped);
        }
    }

    /// <summary>Reads a manifest; throws <see cref="FormatException"/> saying what is wrong with it.</summary>
    public static CacheManifest Read(byte[] bytes, byte[]? signingKey = null)
    {
        int endLine = LastLineStart(bytes);
        if (endLine < 0)
        {
            throw new FormatException("it is truncated");
        }

        string end = Encoding.UTF8.GetString(bytes, endLine, bytes.Length - endLine).TrimEnd('\n');
        string expected = "end\t" + Checksum(bytes.AsSpan(0, endLine), signingKey);
        if (!string.Equals(end, expected, StringComparison.Ordinal))
        {
            throw new FormatException("its checksum does not match its content");
        }

        string body = Encoding.UTF8.GetString(bytes, 0, endLine);
        int firstEnd = body.IndexOf('\n', StringComparison.Ordinal);
        if (firstEnd < 0 || !body.AsSpan(0, firstEnd).SequenceEqual(Magic))
        {
            throw new FormatException("it is not an rgiem cache of this version");
        }

        string? key = null;
        var checkShards = new Dictionary<int, string>();
        var inputs = new List<KeyValuePair<string, string>>();
        var inputStamps = new Dictionary<string, FileSystem.InputStamp>(StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var records = new List<CachedRecord>();
        var global = new List<Diagnostic>();
        var build = new List<Diagnostic>();
        var skipped = new List<string>();
        List<Diagnostic>? recordDiagnostics = null;
        List<Diagnostic>? renderDiagnostics = null;
        // Line by line over the text, each field unescaped straight from it (a 5,000-record manifest is read by every no-op build).
        for (int start = firstEnd + 1, stop; start < body.Length; start = stop + 1)
        {
            stop = body.IndexOf('\n', start);
            if (stop < 0)
            {
                stop = body.Length;
            }

            if (stop == start)
            {
                continue;
            }

            string[] fields = Fields(body.AsSpan(start, stop - start));
            switch (fields[0])
            {
                case "key" when fields.Length == 2:
                    key = fields[1];
                    break;
                case "checks" when fields.Length == 2:
                    // The single file of record checks of an earlier rgiem: not read.
                    break;
                case "checks" when fields.Length == 3:
                    checkShards[Shard(fields[1])] = fields[2];
                    break;
                case "input" when fields.Length == 3:
                    inputs.Add(new(fields[1], fields[2]));
                    break;
                case "input" when fields.Length == 9:
                    inputs.Add(new(fields[1], fields[2]));
                    inputStamps[fields[1]] = new FileSystem.InputStamp(Long(fields[3]), Signed(fields[4]), Signed(fields[5]), Unsigned(fields[6]), Unsigned(fields[7]), Signed(fields[8]));
                    break;
                case "file" when fields.Length == 3:
                    files[fields[1]] = fields[2];
                    break;
                case "record" when fields.Length is 6 or 8:
                    recordDiagnostics = [];
                    renderDiagnostics = [];
                    records.Add(new CachedRecord(fields[1], fields[2], fields[3], fields[4], fields[5], recordDiagnostics, renderDiagnostics)
                    {
                        // The output's size and last-write time (8 fields; a manifest of an earlier rgiem has 6, or both empty when unknown).
                        OutputStamp = fields.Length == 8 && fields[6].Length > 0 ? new FileStamp(Long(fields[6]), Long(fields[7])) : null,
                    });
                    break;
                case "diag" when recordDiagnostics is not null:
                    recordDiagnostics.Add(ParseDiagnostic(fields));
                    break;
                case "rdiag" when renderDiagnostics is not null:
                    renderDiagnostics.Add(ParseDiagnostic(fields));
                    break;
                case "global":
                    global.Add(ParseDiagnostic(fields));
                    break;
                case "build":
                    build.Add(ParseDiagnostic(fields));
                    break;
                case "skipped" when fields.Length == 2:
                    skipped.Add(fields[1]);
                    break;
                default:
                    throw new FormatException($"it has an unexpected line '{fields[0]}'");
            }
        }

        return new CacheManifest(key ?? throw new FormatException("it has no key"), inputs, files, records, global, build, skipped) { CheckShards = checkShards, InputStamps = inputStamps };
    }

    private static int Shard(string field) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out int shard)
            ? shard
            : throw new FormatException($"it names a shard of record checks '{field}' that does not exist");

    private static int LastLineStart(byte[] bytes)
    {
        if (bytes.Length == 0 || bytes[^1] != (byte)'\n')
        {
            return -1;
        }

        int index = Array.LastIndexOf(bytes, (byte)'\n', bytes.Length - 2);
        return index < 0 ? -1 : index + 1;
    }

    private static void Diagnostic(TextWriter text, string kind, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        Line(
            text,
            kind,
            diagnostic.Id,
            ((int)diagnostic.Severity).ToString(CultureInfo.InvariantCulture),
            location.Path,
            location.Start.Line.ToString(CultureInfo.InvariantCulture),
            location.Start.Character.ToString(CultureInfo.InvariantCulture),
            location.End.Line.ToString(CultureInfo.InvariantCulture),
            location.End.Character.ToString(CultureInfo.InvariantCulture),
            diagnostic.Message);
    }

    private static Diagnostic ParseDiagnostic(string[] fields)
    {
        if (fields.Length != 9 || DiagnosticCatalog.Find(fields[1]) is not { } descriptor)
        {
            throw new FormatException("it has an unreadable diagnostic");
        }

        var severity = (DiagnosticSeverity)Number(fields[2]);
        if (!Enum.IsDefined(severity))
        {
            throw new FormatException("it has an unknown severity");
        }

        var location = new SourceLocation(fields[3], new LinePosition(Number(fields[4]), Number(fields[5])), new LinePosition(Number(fields[6]), Number(fields[7])));
        return new Diagnostic(descriptor, location, severity, fields[8]);
    }

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : throw new FormatException("it has a bad number");

    private static long Long(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) ? value : throw new FormatException("it has a bad number");

    /// <summary>A time in ns since 1970, which may be before it (a file's mtime set to 1960).</summary>
    private static long Signed(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) ? value : throw new FormatException("it has a bad number");

    private static ulong Unsigned(string text) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value) ? value : throw new FormatException("it has a bad number");

    private static void Line(TextWriter text, string kind, params string[] fields)
    {
        text.Write(kind);
        foreach (string field in fields)
        {
            text.Write('\t');
            var rest = field.AsSpan();
            while (rest.IndexOfAny(Escaped) is int special and >= 0)
            {
                text.Write(rest[..special]);
                text.Write(rest[special] switch
                {
                    '\\' => @"\\",
                    '\t' => @"\t",
                    '\n' => @"\n",
                    _ => @"\r",
                });
                rest = rest[(special + 1)..];
            }

            text.Write(rest);
        }

        text.Write('\n');
    }

    private static string[] Fields(ReadOnlySpan<char> line)
    {
        var fields = new string[line.Count('\t') + 1];
        for (int i = 0; i < fields.Length; i++)
        {
            int tab = line.IndexOf('\t');
            var field = tab < 0 ? line : line[..tab];
            fields[i] = field.Contains('\\') ? Unescape(field.ToString()) : field.ToString();
            line = tab < 0 ? [] : line[(tab + 1)..];
        }

        return fields;
    }

    private static string Unescape(string field)
    {
        var text = new StringBuilder(field.Length);
        for (int i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\' || i + 1 == field.Length)
            {
                text.Append(field[i]);
                continue;
            }

            i++;
            text.Append(field[i] switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => field[i],
            });
        }

        return text.ToString();
    }
}
