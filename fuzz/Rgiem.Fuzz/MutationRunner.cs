using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Rgiem.Fuzz;

/// <summary>
/// A fuzzer without instrumentation: mutates the inputs of a corpus at random (bit flips, byte changes, deleted,
/// repeated and spliced ranges, inserted tokens that matter to rgiem's formats) and runs the target in process.
/// Every input whose exception is new (type and top frame) is saved to the findings folder, with its stack trace.
/// Inputs that are interesting by size are not tracked (there is no coverage feedback): use AFL++ for that.
/// </summary>
public sealed class MutationRunner(Action<byte[]> target, string corpusFolder, string findingsFolder, int seed)
{
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "---\n", "\n---\n", ": ", "- ", "  ", "\n", "\t", "{", "}", "[", "]", "\"", "'", "&a ", "*a", "!!str ", "!<tag:x> ", "? ",
            "|\n", ">-\n", "# ", "## 1.2 ", "1. ", "| a | b |\n|---|---|\n", "> ", "**", "_", "`", "```", "```{include} ../x.md\n```\n",
            "[x](", "](http://a)", "<w:p>", "<script>", "<!--", "RG-IEM-1: ", "Action 2: ", "TSAG-TD12", "{statistics}", "\\",
            "\u202E", "\u0301", "😀", "\u0085", "\u2028", "\uFEFF", "\u0001", "\r\n", "\r",
            "number: ", "meeting: ", "from: 2024-02-30", "contacts:\n  - ", "covers: ", "template: ../../etc/passwd",
            "<?xml version=\"1.0\"?>", "<w:document>", "PK\u0003\u0004", "Target=\"file:///etc/passwd\"", "TargetMode=\"External\"",
            "```{include} part.md\n```\n\n", "<w:fldSimple w:instr=\" INCLUDETEXT &quot;/etc/passwd&quot; \"/>",
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>INCLUDE</w:instrText></w:r><w:r><w:instrText>PICTURE \"http://a/x.png\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
            "<w:instrText> HYPERLINK \"file:///etc/passwd\" </w:instrText>", "<w:fldChar w:fldCharType=\"begin\"/>", "<w:fldChar w:fldCharType=\"separate\"/>",
            "<w:object><o:OLEObject xmlns:o=\"urn:schemas-microsoft-com:office:office\"/></w:object>", "<w:altChunk r:id=\"rId1\"/>",
            "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", "<w:sdt><w:sdtContent><w:sdt><w:sdtContent><w:sdt><w:sdtContent><w:sdt><w:sdtContent>",
            "relationships/oleObject", "relationships/aFChunk", "\u001b]0;pwned\u0007", "\u001b[2J", "=HYPERLINK(\"http://a\")", "title: ~\n", "# Annex\n",
        }.Select(Encoding.UTF8.GetBytes),
        [0xED, 0xA0, 0x80], [0xFF], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0x00],
    ];

    /// <summary>Zip entry names a hostile template may use instead of a part name.</summary>
    private static readonly string[] HostileNames =
        ["../evil.xml", "/etc/evil.xml", "word\\document.xml", "word/../../evil.xml", "C:/evil.xml", "word//document.xml", "word/./x.xml", "word/x%2Fy.xml", "word/x.", "WORD/DOCUMENT.XML"];

    /// <summary>An execution slower than this is a finding: every input must cost time linear in its size.</summary>
    private static readonly TimeSpan SlowExecution = TimeSpan.FromSeconds(10);

    private readonly Random random = new(seed);
    private readonly HashSet<string> signatures = new(StringComparer.Ordinal);
    private readonly List<byte[]> corpus = Directory.EnumerateFiles(corpusFolder, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllBytes)
        .ToList();

    /// <summary>Runs until <paramref name="duration"/> has passed or <paramref name="maxExecutions"/> inputs were run.</summary>
    public MutationSummary Run(TimeSpan duration, long maxExecutions = long.MaxValue)
    {
        if (corpus.Count == 0)
        {
            throw new InvalidOperationException("The corpus folder '" + corpusFolder + "' is empty");
        }

        Directory.CreateDirectory(findingsFolder);
        var watch = Stopwatch.StartNew();
        long executions = 0;
        foreach (byte[] input in corpus)
        {
            Execute(input);
            executions++;
        }

        while (watch.Elapsed < duration && executions < maxExecutions)
        {
            byte[] input = corpus[random.Next(corpus.Count)];
            int rounds = 1 + random.Next(8);
            bool zip = input.Length > 4 && input[0] == (byte)'P' && input[1] == (byte)'K' && random.Next(4) != 0;
            for (int i = 0; i < rounds; i++)
            {
                input = zip ? MutateZipEntry(input) : Mutate(input);
            }

            Execute(input);
            executions++;
        }

        return new MutationSummary(executions, signatures.Count, watch.Elapsed, seed);
    }

    private void Execute(byte[] input)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            target(input);
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > SlowExecution)
            {
                throw new TimeoutException($"The target took {elapsed.TotalSeconds:N1} s on {input.Length:N0} bytes");
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            string top = new StackTrace(ex).GetFrames().FirstOrDefault(f => f.GetMethod() is not null)?.GetMethod()?.ToString() ?? "?";
            string signature = ex.GetType().FullName + " at " + top;
            if (signatures.Add(signature))
            {
                string name = "crash-" + Convert.ToHexString(SHA256.HashData(input))[..16].ToLowerInvariant();
                File.WriteAllBytes(Path.Combine(findingsFolder, name), input);
                File.WriteAllText(Path.Combine(findingsFolder, name + ".txt"), signature + "\n\n" + ex);
                Console.WriteLine("finding: " + signature + " -> " + name);
            }
        }
    }

    /// <summary>
    /// Mutates one part of a Word package and zips it again, so that the XML behind a valid zip is fuzzed too
    /// (a flipped byte of a zip mostly breaks its checksums and stops at the first check).
    /// </summary>
    private byte[] MutateZipEntry(byte[] input)
    {
        try
        {
            using var source = new ZipArchive(new MemoryStream(input), ZipArchiveMode.Read);
            var entries = source.Entries.Select(e =>
            {
                using var stream = e.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (e.FullName, Bytes: copy.ToArray());
            }).ToList();
            if (entries.Count == 0)
            {
                return Mutate(input);
            }

            int pick = random.Next(entries.Count);
            string entryName = random.Next(16) switch
            {
                0 => entries[random.Next(entries.Count)].FullName,
                1 => HostileNames[random.Next(HostileNames.Length)],
                _ => entries[pick].FullName,
            };
            entries[pick] = (entryName, Mutate(entries[pick].Bytes));
            using var output = new MemoryStream();
            using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (name, bytes) in entries)
                {
                    using var stream = target.CreateEntry(name, CompressionLevel.Fastest).Open();
                    stream.Write(bytes);
                }
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return Mutate(input);
        }
    }

    private byte[] Mutate(byte[] input)
    {
        var bytes = new List<byte>(input);
        int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count + 1);
        switch (random.Next(8))
        {
            case 0 when bytes.Count > 0:
                int flip = random.Next(bytes.Count);
                bytes[flip] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when bytes.Count > 0:
                bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                break;
            case 2 when bytes.Count > 0:
                int start = random.Next(bytes.Count);
                bytes.RemoveRange(start, Math.Min(bytes.Count - start, 1 + random.Next(64)));
                break;
            case 3 when bytes.Count > 0:
                int from = random.Next(bytes.Count);
                int length = Math.Min(bytes.Count - from, 1 + random.Next(256));
                var range = bytes.GetRange(from, length);
                int times = 1 + random.Next(random.Next(2) == 0 ? 4 : 200);
                for (int i = 0; i < times && bytes.Count < 1 << 20; i++)
                {
                    bytes.InsertRange(at, range);
                }

                break;
            case 4:
                byte[] other = corpus[random.Next(corpus.Count)];
                if (other.Length > 0)
                {
                    int o = random.Next(other.Length);
                    bytes.InsertRange(at, other.AsSpan(o, Math.Min(other.Length - o, 1 + random.Next(512))).ToArray());
                }

                break;
            default:
                bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                break;
        }

        return [.. bytes];
    }
}
