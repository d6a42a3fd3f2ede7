using System.IO.Compression;
using System.Xml.Linq;

namespace InternalTthc.Core.Tests.Forms;

/// <summary>
/// A second, independent reader of .xlsx files: the zip and its XML read by hand, as the
/// standard lays them out, without the Open XML SDK the code under test uses.
/// </summary>
internal sealed class XlsxPackage
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace PackageRels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace DocumentRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly Dictionary<string, XDocument> _parts;
    private readonly List<string> _sharedStrings;

    public XlsxPackage(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        _parts = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal))
            .ToDictionary(e => "/" + e.FullName, e => { using var s = e.Open(); return XDocument.Load(s); });
        WorkbookPath = Target("/", Part("/_rels/.rels").Root!.Elements(PackageRels + "Relationship")
            .Single(r => ((string)r.Attribute("Type")!).EndsWith("/officeDocument", StringComparison.Ordinal)));
        _sharedStrings = [.. RelatedPaths(WorkbookPath, "/sharedStrings").SelectMany(p => Part(p).Root!.Elements(Main + "si"))
            .Select(si => string.Concat(si.Elements(Main + "t").Concat(si.Elements(Main + "r").Elements(Main + "t")).Select(t => t.Value)))];
    }

    public string WorkbookPath { get; }

    /// <summary>Every part's content type: its override in [Content_Types].xml, else the default of its extension.</summary>
    public IReadOnlyDictionary<string, string> ContentTypes
    {
        get
        {
            var types = Part("/[Content_Types].xml").Root!;
            var defaults = types.Elements(ContentTypesNs + "Default").ToDictionary(d => (string)d.Attribute("Extension")!, d => (string)d.Attribute("ContentType")!);
            var overrides = types.Elements(ContentTypesNs + "Override").ToDictionary(o => (string)o.Attribute("PartName")!, o => (string)o.Attribute("ContentType")!);
            return _parts.Keys.Where(p => !p.EndsWith(".rels", StringComparison.Ordinal) && p != "/[Content_Types].xml")
                .ToDictionary(p => p, p => overrides.GetValueOrDefault(p) ?? defaults[p[(p.LastIndexOf('.') + 1)..]]);
        }
    }

    public IReadOnlyList<string> SheetNames =>
        [.. Part(WorkbookPath).Root!.Element(Main + "sheets")!.Elements(Main + "sheet").Select(s => (string)s.Attribute("name")!)];

    public XDocument Styles => Part(RelatedPaths(WorkbookPath, "/styles").Single());

    public XDocument Part(string path) => _parts.TryGetValue(path, out var doc) ? doc : throw new KeyNotFoundException(path);

    public XDocument Sheet(string name)
    {
        var sheet = Part(WorkbookPath).Root!.Element(Main + "sheets")!.Elements(Main + "sheet").Single(s => (string)s.Attribute("name")! == name);
        var id = (string)sheet.Attribute(DocumentRels + "id")!;
        var rel = Rels(WorkbookPath).Single(r => (string)r.Attribute("Id")! == id);
        return Part(Target(Folder(WorkbookPath), rel));
    }

    /// <summary>The texts of one row's cells by reference ("B3"), shared strings resolved.</summary>
    public IReadOnlyDictionary<string, string> Row(XDocument sheet, int number) =>
        sheet.Root!.Element(Main + "sheetData")!.Elements(Main + "row").Where(r => (int)r.Attribute("r")! == number)
            .Elements(Main + "c").ToDictionary(c => (string)c.Attribute("r")!, CellText);

    public int? StyleOf(XDocument sheet, string reference) =>
        (int?)sheet.Descendants(Main + "c").Single(c => (string)c.Attribute("r")! == reference).Attribute("s");

    /// <summary>The xf element of a cell style index.</summary>
    public XElement CellFormat(int style) => Styles.Root!.Element(Main + "cellXfs")!.Elements(Main + "xf").ElementAt(style);

    public XElement Font(int style) => Styles.Root!.Element(Main + "fonts")!.Elements(Main + "font").ElementAt((int)CellFormat(style).Attribute("fontId")!);

    private string CellText(XElement cell) => (string?)cell.Attribute("t") switch
    {
        "s" => _sharedStrings[(int)cell.Element(Main + "v")!],
        "inlineStr" => string.Concat(cell.Element(Main + "is")!.Descendants(Main + "t").Select(t => t.Value)),
        _ => (string?)cell.Element(Main + "v") ?? "",
    };

    private IEnumerable<XElement> Rels(string partPath) =>
        Part($"{Folder(partPath)}_rels/{partPath[(partPath.LastIndexOf('/') + 1)..]}.rels").Root!.Elements(PackageRels + "Relationship");

    private IEnumerable<string> RelatedPaths(string partPath, string typeSuffix) =>
        Rels(partPath).Where(r => ((string)r.Attribute("Type")!).EndsWith(typeSuffix, StringComparison.Ordinal)).Select(r => Target(Folder(partPath), r));

    private static string Folder(string path) => path[..(path.LastIndexOf('/') + 1)];

    // Targets are absolute ("/xl/…") or relative to the folder of the part that names them.
    private static string Target(string folder, XElement relationship)
    {
        var target = (string)relationship.Attribute("Target")!;
        return target.StartsWith('/') ? target : folder + target;
    }
}
