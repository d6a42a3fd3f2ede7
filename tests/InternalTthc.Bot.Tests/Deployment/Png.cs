using System.Buffers.Binary;
using System.IO.Compression;

namespace InternalTthc.Bot.Tests.Deployment;

/// <summary>Reads an 8-bit RGBA PNG whose rows are stored unfiltered (as make-icons.mjs writes them): size and pixels as RGBA words.</summary>
public static class Png
{
    public static (int Width, int Height, IReadOnlyList<uint> Pixels) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([137, 80, 78, 71, 13, 10, 26, 10], bytes[..8]);
        int width = 0, height = 0;
        using var data = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var body = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(body), BinaryPrimitives.ReadInt32BigEndian(body[4..]));
                Assert.Equal(6, body[9]); // RGBA
            }

            if (type == "IDAT") data.Write(body);
            at += 12 + length;
        }

        data.Position = 0;
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(data, CompressionMode.Decompress)) z.CopyTo(raw);
        var pixels = raw.ToArray();
        var list = new List<uint>(width * height);
        for (var y = 0; y < height; y++)
        {
            var row = y * (width * 4 + 1);
            Assert.Equal(0, pixels[row]);
            for (var x = 0; x < width; x++) list.Add(BinaryPrimitives.ReadUInt32BigEndian(pixels.AsSpan(row + 1 + x * 4)));
        }

        return (width, height, list);
    }
}
