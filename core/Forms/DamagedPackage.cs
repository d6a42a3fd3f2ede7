using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace InternalTthc.Core.Forms;

/// <summary>
/// What a damaged .xlsx package throws, at opening or later while a part is read: a part its relations name but the zip
/// lacks is an InvalidOperationException, a content type that is not type/subtype or a relation to something not a part
/// an ArgumentException (all found by fuzzing). The annex and directory readers call such a file "not a workbook".
/// </summary>
internal static class DamagedPackage
{
    public static bool Threw(Exception exception) => exception is OpenXmlPackageException or InvalidDataException or IOException or XmlException
        or FormatException or NotSupportedException or InvalidOperationException or ArgumentException;
}
