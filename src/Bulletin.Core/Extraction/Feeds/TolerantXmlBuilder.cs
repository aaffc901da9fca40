using System.Text;
using System.Xml.Linq;

namespace Bulletin.Core.Extraction.Feeds;

/// <summary>
/// Builds an element tree from XML that is not well-formed. Unknown entities are decoded as HTML,
/// a bare "&amp;" stays a character, an end tag closes every element opened inside its match, an
/// end tag with no match is ignored, and anything before the first element is skipped.
/// </summary>
internal sealed class TolerantXmlBuilder
{
    private readonly string _s;
    private readonly List<OpenElement> _stack = [];
    private readonly XElement _container = new("document");
    private readonly StringBuilder _text = new();
    private int _i;

    private TolerantXmlBuilder(string s) => _s = s;

    // Feed fields that hold text only, and the elements that hold one item each. Like HTML's implied
    // end tags, a new one of these closes an unclosed one instead of nesting inside it.
    private static readonly HashSet<string> Fields =
    [
        "title", "link", "pubdate", "guid", "author", "category", "comments", "description", "dc:creator", "dc:date",
        "atom:title", "atom:id", "atom:published", "atom:updated", "atom:name", "atom:email", "id", "published", "updated",
    ];

    private static readonly HashSet<string> Items = ["item", "entry", "atom:entry"];

    private sealed record OpenElement(string QName, string Key, XElement Element, Dictionary<string, string> Namespaces);

    public static XDocument Build(string text)
    {
        var builder = new TolerantXmlBuilder(text);
        builder.Run();
        var root = builder._container.Elements().FirstOrDefault(e => e.HasElements) ?? builder._container.Elements().FirstOrDefault();
        root?.Remove();
        return new XDocument(root ?? new XElement("empty"));
    }

    private void Run()
    {
        while (_i < _s.Length)
        {
            var c = _s[_i];
            if (c == '<')
            {
                ReadMarkup();
            }
            else if (c == '&')
            {
                _text.Append(XmlEntities.DecodeAt(_s, ref _i));
            }
            else
            {
                _text.Append(c);
                _i++;
            }
        }

        FlushText();
    }

    private void ReadMarkup()
    {
        if (At("<!--"))
        {
            SkipPast("-->", 4);
        }
        else if (At("<![CDATA["))
        {
            var end = _s.IndexOf("]]>", _i + 9, StringComparison.Ordinal);
            end = end < 0 ? _s.Length : end;
            _text.Append(_s, _i + 9, end - _i - 9);
            _i = Math.Min(_s.Length, end + 3);
        }
        else if (At("<!"))
        {
            SkipDeclaration();
        }
        else if (At("<?"))
        {
            SkipPast("?>", 2);
        }
        else if (At("</"))
        {
            var tag = TagScanner.Read(_s, _i + 2);
            _i = tag.End;
            FlushText();
            Close(tag.Name);
        }
        else if (_i + 1 < _s.Length && (char.IsLetter(_s[_i + 1]) || _s[_i + 1] == '_'))
        {
            var tag = TagScanner.Read(_s, _i + 1);
            _i = tag.End;
            FlushText();
            Open(tag);
        }
        else
        {
            _text.Append('<');
            _i++;
        }
    }

    private void Open(TagScanner.Tag tag)
    {
        var scope = _stack.Count > 0 ? _stack[^1].Namespaces : new Dictionary<string, string>(StringComparer.Ordinal);
        var declarations = tag.Attributes.Where(a => a.Name == "xmlns" || a.Name.StartsWith("xmlns:", StringComparison.Ordinal)).ToList();
        var declared = declarations.Where(d => IsBindable(d.Name, d.Value)).ToList();
        if (declarations.Count > 0)
        {
            scope = new Dictionary<string, string>(scope, StringComparer.Ordinal);
            foreach (var (name, value) in declarations)
            {
                var prefix = name == "xmlns" ? string.Empty : name[6..];
                if (IsBindable(name, value))
                {
                    scope[prefix] = value;
                }
                else if (prefix.Length > 0)
                {
                    scope.Remove(prefix);
                }
            }
        }

        var element = new XElement(Names.Resolve(tag.Name, scope, isAttribute: false));
        foreach (var (name, value) in declared)
        {
            // Kept so that prefixes can be looked up later, as in a strictly parsed document.
            element.SetAttributeValue(name == "xmlns" ? XName.Get("xmlns") : XNamespace.Xmlns + Names.Safe(name[6..]), value);
        }

        foreach (var (name, value) in tag.Attributes)
        {
            if (name != "xmlns" && !name.StartsWith("xmlns:", StringComparison.Ordinal))
            {
                element.SetAttributeValue(Names.Resolve(name, scope, isAttribute: true), XmlEntities.Clean(XmlEntities.DecodeAll(value)));
            }
        }

        var key = Names.Key(element);
        ImplyEndTags(key);
        (_stack.Count > 0 ? _stack[^1].Element : _container).Add(element);
        if (!tag.SelfClosing)
        {
            _stack.Add(new OpenElement(tag.Name, key, element, scope));
        }
    }

    // Bindings that XML 1.0 namespaces forbid and LINQ to XML refuses to hold: a prefix bound to ""
    // (an XML 1.1 un-declaration), the reserved xml and xmlns prefixes or their namespaces bound
    // otherwise. Such a prefix simply falls out of scope, as if never declared.
    private static bool IsBindable(string name, string value)
    {
        const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
        const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
        if (name == "xmlns")
        {
            return value is not (XmlNamespace or XmlnsNamespace);
        }

        var prefix = name[6..];
        return prefix.Length > 0 && value.Length > 0 && value != XmlnsNamespace && prefix != "xmlns" && (prefix == "xml") == (value == XmlNamespace);
    }

    private void ImplyEndTags(string key)
    {
        if (Items.Contains(key))
        {
            var open = _stack.FindLastIndex(o => Items.Contains(o.Key));
            if (open >= 0)
            {
                _stack.RemoveRange(open, _stack.Count - open);
            }
        }
        else if (Fields.Contains(key) && _stack.Count > 0 && Fields.Contains(_stack[^1].Key))
        {
            _stack.RemoveAt(_stack.Count - 1);
        }
    }

    private void Close(string name)
    {
        for (var k = _stack.Count - 1; k >= 0; k--)
        {
            if (string.Equals(_stack[k].QName, name, StringComparison.OrdinalIgnoreCase))
            {
                _stack.RemoveRange(k, _stack.Count - k);
                return;
            }
        }
    }

    private void FlushText()
    {
        if (_text.Length == 0)
        {
            return;
        }

        if (_stack.Count > 0)
        {
            _stack[^1].Element.Add(new XText(XmlEntities.Clean(_text.ToString())));
        }

        _text.Clear();
    }

    private bool At(string token) => string.CompareOrdinal(_s, _i, token, 0, token.Length) == 0;

    private void SkipPast(string terminator, int from)
    {
        var end = _s.IndexOf(terminator, _i + from, StringComparison.Ordinal);
        _i = end < 0 ? _s.Length : end + terminator.Length;
    }

    // <!DOCTYPE ... [ internal subset ] > may hold ">" inside its brackets.
    private void SkipDeclaration()
    {
        var depth = 0;
        for (_i += 2; _i < _s.Length; _i++)
        {
            var c = _s[_i];
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (c == '>' && depth <= 0)
            {
                _i++;
                return;
            }
        }
    }
}
