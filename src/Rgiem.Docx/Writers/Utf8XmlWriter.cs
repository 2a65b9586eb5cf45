using System.Buffers;
using System.Text;

namespace Rgiem.Docx.Writers;

/// <summary>
/// A small XML writer of our own: UTF-8 bytes into a buffer it grows and that is reused from one part to the next, with
/// the escaping of the .NET <c>XmlWriter</c> the Open XML SDK saves through (text: <c>&amp;</c>, <c>&lt;</c>,
/// <c>&gt;</c>, a CR as a line feed; attribute values: also <c>"</c>, tab, line feed and CR as character references),
/// an empty element closed as <c> /&gt;</c>. It checks nothing: callers write well-formed XML with names they know.
/// </summary>
internal sealed class Utf8XmlWriter
{
    /// <summary>The XML declaration the Open XML SDK writes at the start of every part.</summary>
    public static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8;

    private static readonly SearchValues<char> TextSpecial = SearchValues.Create("&<>\r\n");
    private static readonly SearchValues<char> AttributeSpecial = SearchValues.Create("&<>\"\t\r\n");

    private byte[] buffer;
    private int length;

    public Utf8XmlWriter(int capacity = 64 * 1024) => buffer = new byte[capacity];

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    public int Length => length;

    /// <summary>The size of the buffer, which a caller may decide not to keep when it grew large.</summary>
    public int Capacity => buffer.Length;

    public void Clear() => length = 0;

    /// <summary>Bytes that need no escaping (markup, names, the declaration).</summary>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        length += bytes.Length;
    }

    /// <summary>Characters that need no escaping (a name, a number), encoded.</summary>
    public void Raw(ReadOnlySpan<char> chars)
    {
        var target = Reserve(Encoding.UTF8.GetMaxByteCount(chars.Length));
        length += Encoding.UTF8.GetBytes(chars, target);
    }

    public void Raw(byte b)
    {
        Reserve(1)[0] = b;
        length++;
    }

    /// <summary><c>&lt;name</c>: the start of a start tag, whose attributes follow.</summary>
    public void StartElement(ReadOnlySpan<byte> qualifiedName)
    {
        Raw((byte)'<');
        Raw(qualifiedName);
    }

    /// <summary><c> name="value"</c>, the value escaped.</summary>
    public void Attribute(ReadOnlySpan<byte> qualifiedName, ReadOnlySpan<char> value)
    {
        Raw((byte)' ');
        Raw(qualifiedName);
        Raw("=\""u8);
        Escaped(value, AttributeSpecial, attribute: true);
        Raw((byte)'"');
    }

    /// <summary><c> name="value"</c> for a value that needs no escaping (a number).</summary>
    public void Attribute(ReadOnlySpan<byte> qualifiedName, int value)
    {
        Raw((byte)' ');
        Raw(qualifiedName);
        Raw("=\""u8);
        var target = Reserve(11);
        value.TryFormat(target, out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        length += written;
        Raw((byte)'"');
    }

    /// <summary><c>&gt;</c>: the end of a start tag whose element has content.</summary>
    public void CloseStart() => Raw((byte)'>');

    /// <summary><c> /&gt;</c>: the end of an empty element.</summary>
    public void CloseEmpty() => Raw(" />"u8);

    /// <summary><c>&lt;/name&gt;</c>.</summary>
    public void EndElement(ReadOnlySpan<byte> qualifiedName)
    {
        Raw("</"u8);
        Raw(qualifiedName);
        Raw((byte)'>');
    }

    /// <summary>Character data, escaped.</summary>
    public void Text(ReadOnlySpan<char> text) => Escaped(text, TextSpecial, attribute: false);

    private void Escaped(ReadOnlySpan<char> text, SearchValues<char> special, bool attribute)
    {
        while (text.Length > 0)
        {
            int at = text.IndexOfAny(special);
            if (at < 0)
            {
                Raw(text);
                return;
            }

            Raw(text[..at]);
            char c = text[at];
            text = text[(at + 1)..];
            switch (c)
            {
                case '&':
                    Raw("&amp;"u8);
                    break;
                case '<':
                    Raw("&lt;"u8);
                    break;
                case '>':
                    Raw("&gt;"u8);
                    break;
                case '"':
                    Raw("&quot;"u8);
                    break;
                case '\t':
                    Raw("&#x9;"u8);
                    break;
                case '\n':
                    Raw(attribute ? "&#xA;"u8 : "\n"u8);
                    break;
                default: // '\r'
                    if (attribute)
                    {
                        Raw("&#xD;"u8);
                    }
                    else
                    {
                        // XmlWriter's NewLineHandling.Replace: CR LF and a lone CR are written as the new line, LF here.
                        if (text.Length > 0 && text[0] == '\n')
                        {
                            text = text[1..];
                        }

                        Raw("\n"u8);
                    }

                    break;
            }
        }
    }

    private Span<byte> Reserve(int count)
    {
        if (buffer.Length - length < count)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + count));
        }

        return buffer.AsSpan(length);
    }
}
