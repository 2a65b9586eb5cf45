using System.Text;
using Rgiem.Core.FileSystem;
using Rgiem.Core.Loading;

namespace Rgiem.Core.Tests.Performance;

/// <summary>
/// Outside a tracked build a record is read into a pooled buffer that is given back once decoded
/// (<see cref="InputFile.ReadPooled"/>, issue 21). <see cref="SourceLoader.Load"/> must give what decoding the file's
/// bytes gives (<see cref="SourceLoader.Decode"/> of <see cref="File.ReadAllBytes(string)"/>, the oracle): the same text or
/// the same diagnostics, for text and random bytes of every size around the buffer sizes, at and past the limit, and for a
/// buffer reused by the next read (a shorter file after a longer one).
/// </summary>
public class PooledReadEquivalenceTests
{
    [Fact]
    public void A_pooled_read_decodes_to_what_the_files_bytes_decode_to()
    {
        Assert.Null(InputTracker.Current);
        string folder = Directory.CreateTempSubdirectory("rgiem-pooled-").FullName;
        try
        {
            var random = new Random(2133);
            int texts = 0;
            foreach (int size in new[] { 70_000, 0, 1, 2, 100, 4095, 4096, 4097, 8_191, 8_192, 8_193, 9_000, 65_536, 3 })
            {
                for (int kind = 0; kind < 4; kind++)
                {
                    var bytes = kind switch
                    {
                        0 => Encoding.UTF8.GetBytes(RandomText(random, size)),
                        1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(RandomText(random, size)).AsSpan(0, Math.Max(0, size - 3))],
                        2 => Encoding.UTF8.GetBytes(RandomText(random, size).Replace("\n", "\r\n", StringComparison.Ordinal)),
                        _ => RandomBytes(random, size),
                    };
                    string path = Path.Combine(folder, $"f{size}-{kind}.md");
                    File.WriteAllBytes(path, bytes);
                    foreach (int limit in new[] { 1 << 20, 4096, Math.Max(0, bytes.Length - 1), bytes.Length })
                    {
                        var expected = SourceLoader.Decode(File.ReadAllBytes(path), "f.md", limit);
                        var actual = SourceLoader.Load(path, "f.md", limit);
                        Assert.Equal(expected.Source?.Text, actual.Source?.Text);
                        Assert.Equal(expected.Diagnostics.Select(d => d.Id), actual.Diagnostics.Select(d => d.Id));
                        if (bytes.Length <= limit)
                        {
                            // Within the limit the very diagnostics (a binary file, invalid UTF-8 and where); past it the read
                            // stops early and says "more than" the limit, as before.
                            Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), actual.Diagnostics.Select(d => d.ToString()));
                        }

                        texts += actual.Source is null ? 0 : 1;
                    }
                }
            }

            Assert.True(texts > 50, $"{texts} reads gave a text");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RandomText(Random random, int length)
    {
        const string characters = "abc xyz\n\t-:é€😀";
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(characters[random.Next(characters.Length)]);
        }

        return text.ToString(0, length);
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
