using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace InternalTthc.Core.Forms;

/// <summary>Elements of a part read one at a time, so a huge sheet is never held whole in memory.</summary>
internal static class AnnexXml
{
    public static IEnumerable<T> Elements<T>(OpenXmlPart part) where T : OpenXmlElement
    {
        using var reader = OpenXmlReader.Create(part);
        var more = reader.Read();
        while (more)
        {
            if (reader.IsStartElement && reader.ElementType == typeof(T))
            {
                // Loading moves the reader past the element already: reading on would skip a sibling.
                yield return (T)reader.LoadCurrentElement()!;
                more = !reader.EOF;
            }
            else
            {
                more = reader.Read();
            }
        }
    }
}
