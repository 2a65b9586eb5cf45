using System.Collections.Concurrent;
using System.Text;
using DocumentFormat.OpenXml;
using Rgiem.Docx.Writers;

namespace Rgiem.Docx.Packaging;

/// <summary>
/// Serializes a part's Open XML elements with <see cref="Utf8XmlWriter"/> instead of the SDK's <c>XmlWriter</c>, to the
/// bytes <see cref="OpenXmlPartRootElement.Save(Stream)"/> gives: the XML declaration; each element under the prefix the
/// SDK gives it; its attributes in schema order; the namespace of an element or attribute declared where it is first
/// used (as <c>XmlWriter</c> does: after the attributes, the last one needed first); <c> /&gt;</c> for an element with
/// neither children nor text. A tree this does not handle the same way (explicit namespace declarations, markup
/// compatibility or extended attributes, unknown or raw elements: the parts of a user template, never those rgiem
/// builds) is saved by the SDK, so the bytes are the same either way.
/// </summary>
internal static class PartXml
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>The UTF-8 of <c>prefix:localName</c>, by attribute name.</summary>
    private static readonly ConcurrentDictionary<(string Prefix, string LocalName), byte[]> Names = new();

    /// <summary>The name, namespace and prefix of each element type, looked up once.</summary>
    private static readonly ConcurrentDictionary<Type, (byte[] Name, string Namespace, string Prefix)> Elements = new();

    /// <summary>Serialize through the SDK's <c>XmlWriter</c>, on this thread: the old path, for the equivalence tests.</summary>
    [ThreadStatic]
    internal static bool UseOpenXmlSdk;

    /// <summary>How many parts the SDK saved on this thread because <see cref="PartXml"/> could not: for the tests.</summary>
    [ThreadStatic]
    internal static int SavedBySdk;

    /// <summary>Writes <paramref name="root"/>'s part into <paramref name="output"/> (cleared first); false when the SDK saved it.</summary>
    public static bool Write(OpenXmlPartRootElement root, Utf8XmlWriter output)
    {
        output.Clear();
        if (!UseOpenXmlSdk)
        {
            output.Raw(Utf8XmlWriter.Declaration);
            var scope = new List<string>(8);
            if (TryWrite(root, output, scope))
            {
                return true;
            }

            output.Clear();
            SavedBySdk++;
        }

        using var stream = new MemoryStream(16 * 1024);
        root.Save(stream); // closes the stream; ToArray still works
        output.Raw(stream.ToArray());
        return false;
    }

    /// <summary>
    /// Writes <paramref name="element"/> as it stands inside a part whose root declares <paramref name="rootNamespace"/>
    /// (a paragraph of the body under <c>w:document</c>): the bytes <see cref="Write"/> gives for it there. For the
    /// elements the direct writers still take from the typed writers; throws for a tree only the SDK can write, which the
    /// house style never builds.
    /// </summary>
    public static void WriteFragment(OpenXmlElement element, Utf8XmlWriter output, string rootNamespace)
    {
        var scope = new List<string>(4) { rootNamespace };
        if (!TryWrite(element, output, scope))
        {
            throw new InvalidOperationException("PartXml cannot write a " + element.LocalName + " element of the house style.");
        }
    }

    /// <summary>The element and its descendants; false when the tree has something the SDK would write differently.</summary>
    private static bool TryWrite(OpenXmlElement element, Utf8XmlWriter output, List<string> scope)
    {
        if (element is OpenXmlUnknownElement or OpenXmlMiscNode || element.MCAttributes is not null
            || element.NamespaceDeclarations.Any() || element.ExtendedAttributes.Any())
        {
            return false;
        }

        var (name, ns, _) = Elements.GetOrAdd(element.GetType(), static (_, e) => (Name(e.Prefix, e.LocalName), e.NamespaceUri, e.Prefix), element);
        int scopeAtStart = scope.Count;
        output.StartElement(name);
        if (ns.Length > 0 && !scope.Contains(ns))
        {
            scope.Add(ns);
        }

        if (element.HasAttributes)
        {
            foreach (var attribute in element.GetAttributes())
            {
                string attributeNs = attribute.NamespaceUri;
                if (attributeNs.Length > 0 && attributeNs != XmlNamespace && !scope.Contains(attributeNs))
                {
                    scope.Add(attributeNs);
                }

                output.Attribute(Name(attribute.Prefix, attribute.LocalName), attribute.Value ?? string.Empty);
            }
        }

        // The namespaces first used here, declared after the attributes, the last added first (XmlWriter's order).
        for (int i = scope.Count - 1; i >= scopeAtStart; i--)
        {
            output.Raw(" xmlns:"u8);
            output.Raw(PrefixOf(element, scope[i]));
            output.Raw("=\""u8);
            output.Text(scope[i]);
            output.Raw((byte)'"');
        }

        if (element is OpenXmlLeafTextElement leaf)
        {
            WriteText(leaf.Text, name, output);
        }
        else if (element.FirstChild is { } child)
        {
            output.CloseStart();
            for (; child is not null; child = child.NextSibling())
            {
                if (!TryWrite(child, output, scope))
                {
                    return false;
                }
            }

            output.EndElement(name);
        }
        else
        {
            output.CloseEmpty();
        }

        scope.RemoveRange(scopeAtStart, scope.Count - scopeAtStart);
        return true;
    }

    /// <summary>The end of an element without children: its text and end tag, or <c> /&gt;</c> without text.</summary>
    private static void WriteText(string? text, byte[] name, Utf8XmlWriter output)
    {
        if (string.IsNullOrEmpty(text))
        {
            output.CloseEmpty();
            return;
        }

        output.CloseStart();
        output.Text(text);
        output.EndElement(name);
    }

    /// <summary>The prefix of a namespace this element or one of its attributes uses.</summary>
    private static string PrefixOf(OpenXmlElement element, string ns)
    {
        if (element.NamespaceUri == ns)
        {
            return element.Prefix;
        }

        foreach (var attribute in element.GetAttributes())
        {
            if (attribute.NamespaceUri == ns)
            {
                return attribute.Prefix;
            }
        }

        throw new InvalidOperationException("No prefix for " + ns);
    }

    private static byte[] Name(string prefix, string localName) =>
        Names.GetOrAdd((prefix, localName), key => Encoding.UTF8.GetBytes(key.Prefix.Length == 0 ? key.LocalName : key.Prefix + ":" + key.LocalName));
}
