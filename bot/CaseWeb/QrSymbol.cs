namespace InternalTthc.Bot.CaseWeb;

/// <summary>
/// A QR code symbol (ISO/IEC 18004) of bytes in byte mode at error-correction level M, the smallest version that holds
/// them, with the mask the standard's four penalty rules score lowest. QRCoder makes the same symbols through BitArrays,
/// bit strings and lists of rows copied per mask: a case page's code was 5.3 % of a form submission's CPU (README,
/// submit13). Here a symbol is one byte per module, the Reed-Solomon products come from log tables, and each mask is
/// applied to one scratch copy and scored in a single pass per line.
/// </summary>
internal sealed class QrSymbol
{
    // Per version 1–40 at level M: error-correction codewords per block, and blocks (the standard's table 9).
    private static ReadOnlySpan<byte> EccPerBlock =>
    [
        10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
        26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    ];

    private static ReadOnlySpan<byte> Blocks =>
    [
        1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
        17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
    ];

    private const int LevelMBits = 0b00;

    // Every mask repeats every 12 modules both ways: flip (1) or not (0) at (x mod 12, y mod 12), mask by mask.
    private static readonly byte[] MaskPeriods = Periods();

    // Dark/light per module (1/0), whether it belongs to a function pattern, and 1 where a mask flips it (0 in the patterns).
    private readonly byte[] _dark;
    private readonly bool[] _function;
    private readonly byte[] _maskable;

    private QrSymbol(int version)
    {
        Version = version;
        Size = version * 4 + 17;
        _dark = new byte[Size * Size];
        _function = new bool[Size * Size];
        _maskable = new byte[Size * Size];
    }

    public int Version { get; }

    /// <summary>Modules per side, without the quiet zone.</summary>
    public int Size { get; }

    /// <summary>The symbol of <paramref name="data"/>; more than level M's 2,331 bytes is refused.</summary>
    public static QrSymbol Of(ReadOnlySpan<byte> data)
    {
        var version = 1;
        while (4 + (version < 10 ? 8 : 16) + data.Length * 8 > DataCodewords(version) * 8)
        {
            if (++version > 40)
            {
                throw new ArgumentException("Too long for a QR code at level M.", nameof(data));
            }
        }

        var symbol = new QrSymbol(version);
        symbol.DrawFunctionPatterns();
        symbol.DrawCodewords(Interleaved(version, Codewords(version, data)));
        return symbol;
    }

    /// <summary>The modules, row by row, with <paramref name="mask"/> (0–7) applied and its format information drawn.</summary>
    public bool[] Masked(int mask)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mask);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mask, 7);
        var modules = new byte[_dark.Length];
        Apply(mask, modules);
        return Array.ConvertAll(modules, m => m != 0);
    }

    /// <summary>The mask the four rules score lowest (the first of equals).</summary>
    public int BestMask()
    {
        var scratch = new byte[_dark.Length];
        var columns = new byte[_dark.Length];
        var best = 0;
        var lowest = int.MaxValue;
        for (var mask = 0; mask < 8; mask++)
        {
            Apply(mask, scratch);
            var penalty = Penalty(scratch, columns, Size);
            if (penalty < lowest)
            {
                (best, lowest) = (mask, penalty);
            }
        }

        return best;
    }

    /// <summary>The modules with the mask the standard's penalty rules score lowest (the first of equals).</summary>
    public bool[] Best() => Masked(BestMask());

    private void Apply(int mask, byte[] modules)
    {
        var period = MaskPeriods.AsSpan(mask * 144, 144);
        for (var y = 0; y < Size; y++)
        {
            var row = y * Size;
            var flips = period.Slice(y % 12 * 12, 12);
            for (int x = 0, k = 0; x < Size; x++, k = k == 11 ? 0 : k + 1)
            {
                var i = row + x;
                modules[i] = (byte)(_dark[i] ^ (flips[k] & _maskable[i]));
            }
        }

        DrawFormat(modules, mask);
    }

    private static byte[] Periods()
    {
        var periods = new byte[8 * 144];
        for (var mask = 0; mask < 8; mask++)
        {
            for (var y = 0; y < 12; y++)
            {
                for (var x = 0; x < 12; x++)
                {
                    periods[mask * 144 + y * 12 + x] = Flips(mask, x, y) ? (byte)1 : (byte)0;
                }
            }
        }

        return periods;
    }

    private static bool Flips(int mask, int x, int y) => mask switch
    {
        0 => (x + y) % 2 == 0,
        1 => y % 2 == 0,
        2 => x % 3 == 0,
        3 => (x + y) % 3 == 0,
        4 => (x / 3 + y / 2) % 2 == 0,
        5 => x * y % 2 + x * y % 3 == 0,
        6 => (x * y % 2 + x * y % 3) % 2 == 0,
        _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
    };

    private static int Alignments(int version) => version == 1 ? 0 : version / 7 + 2;

    /// <summary>Modules left for data and error correction once the function patterns are drawn.</summary>
    private static int RawModules(int version)
    {
        var modules = (16 * version + 128) * version + 64;
        if (version >= 2)
        {
            var a = Alignments(version);
            modules -= (25 * a - 10) * a - 55;
            if (version >= 7)
            {
                modules -= 36;
            }
        }

        return modules;
    }

    private static int DataCodewords(int version) => RawModules(version) / 8 - EccPerBlock[version - 1] * Blocks[version - 1];

    /// <summary>Mode, count, the bytes, terminator and padding, as the version's data codewords.</summary>
    private static byte[] Codewords(int version, ReadOnlySpan<byte> data)
    {
        var codewords = new byte[DataCodewords(version)];
        var bit = 0;
        void Put(int value, int bits)
        {
            for (var i = bits - 1; i >= 0; i--, bit++)
            {
                codewords[bit >> 3] |= (byte)(((value >> i) & 1) << (7 - (bit & 7)));
            }
        }

        Put(0b0100, 4);
        Put(data.Length, version < 10 ? 8 : 16);
        foreach (var b in data)
        {
            Put(b, 8);
        }

        // The terminator's zeros and those up to the byte are already there; then the pad bytes alternate.
        for (int i = (Math.Min(bit + 4, codewords.Length * 8) + 7) / 8, pad = 0; i < codewords.Length; i++, pad ^= 1)
        {
            codewords[i] = pad == 0 ? (byte)0xEC : (byte)0x11;
        }

        return codewords;
    }

    /// <summary>The data split into blocks, each followed by its Reed-Solomon codewords, read column by column.</summary>
    private static byte[] Interleaved(int version, byte[] data)
    {
        int blocks = Blocks[version - 1], ecc = EccPerBlock[version - 1], raw = RawModules(version) / 8;
        int shortBlocks = blocks - raw % blocks, shortLength = raw / blocks;
        var divisor = GaloisField.Generator(ecc);
        var laid = new byte[blocks][];
        for (int i = 0, k = 0; i < blocks; i++)
        {
            var length = shortLength - ecc + (i < shortBlocks ? 0 : 1);
            var block = laid[i] = new byte[shortLength + 1];
            data.AsSpan(k, length).CopyTo(block);
            GaloisField.Remainder(data.AsSpan(k, length), divisor, block.AsSpan(block.Length - ecc));
            k += length;
        }

        var result = new byte[raw];
        for (int i = 0, k = 0; i <= shortLength; i++)
        {
            for (var j = 0; j < blocks; j++)
            {
                // A short block has one data codeword less: its slot in the column is skipped.
                if (i != shortLength - ecc || j >= shortBlocks)
                {
                    result[k++] = laid[j][i];
                }
            }
        }

        return result;
    }

    private void Set(int x, int y, bool dark)
    {
        _dark[y * Size + x] = dark ? (byte)1 : (byte)0;
        _function[y * Size + x] = true;
    }

    private void DrawFunctionPatterns()
    {
        for (var i = 0; i < Size; i++)
        {
            Set(6, i, i % 2 == 0);
            Set(i, 6, i % 2 == 0);
        }

        DrawFinder(3, 3);
        DrawFinder(Size - 4, 3);
        DrawFinder(3, Size - 4);

        var count = Alignments(Version);
        if (count > 0)
        {
            var positions = new int[count];
            positions[0] = 6;
            var step = Version == 32 ? 26 : (Version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
            for (int i = count - 1, p = Size - 7; i >= 1; i--, p -= step)
            {
                positions[i] = p;
            }

            for (var i = 0; i < count; i++)
            {
                for (var j = 0; j < count; j++)
                {
                    // Not over the three finders.
                    if (!(i == 0 && j == 0 || i == 0 && j == count - 1 || i == count - 1 && j == 0))
                    {
                        DrawAlignment(positions[i], positions[j]);
                    }
                }
            }
        }

        // The format information's modules, reserved now, drawn with each mask.
        for (var i = 0; i <= 8; i++)
        {
            _function[i * Size + 8] = _function[8 * Size + i] = true;
        }

        for (var i = 1; i <= 8; i++)
        {
            _function[(Size - i) * Size + 8] = _function[8 * Size + Size - i] = true;
        }

        if (Version >= 7)
        {
            var rem = Version;
            for (var i = 0; i < 12; i++)
            {
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
            }

            var bits = Version << 12 | rem;
            for (var i = 0; i < 18; i++)
            {
                var dark = ((bits >> i) & 1) != 0;
                int a = Size - 11 + i % 3, b = i / 3;
                Set(a, b, dark);
                Set(b, a, dark);
            }
        }

        for (var i = 0; i < _function.Length; i++)
        {
            _maskable[i] = _function[i] ? (byte)0 : (byte)1;
        }
    }

    private void DrawFinder(int cx, int cy)
    {
        for (var dy = -4; dy <= 4; dy++)
        {
            for (var dx = -4; dx <= 4; dx++)
            {
                int x = cx + dx, y = cy + dy, distance = Math.Max(Math.Abs(dx), Math.Abs(dy));
                if (x >= 0 && x < Size && y >= 0 && y < Size)
                {
                    Set(x, y, distance != 2 && distance != 4);
                }
            }
        }
    }

    private void DrawAlignment(int cx, int cy)
    {
        for (var dy = -2; dy <= 2; dy++)
        {
            for (var dx = -2; dx <= 2; dx++)
            {
                Set(cx + dx, cy + dy, Math.Max(Math.Abs(dx), Math.Abs(dy)) != 1);
            }
        }
    }

    /// <summary>Level M and the mask, BCH-coded, in its two copies beside the finders, and the dark module.</summary>
    private void DrawFormat(byte[] modules, int mask)
    {
        var data = LevelMBits << 3 | mask;
        var rem = data;
        for (var i = 0; i < 10; i++)
        {
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        }

        var bits = (data << 10 | rem) ^ 0x5412;
        byte Bit(int i) => (byte)((bits >> i) & 1);
        void Put(int x, int y, byte dark) => modules[y * Size + x] = dark;

        for (var i = 0; i <= 5; i++)
        {
            Put(8, i, Bit(i));
        }

        Put(8, 7, Bit(6));
        Put(8, 8, Bit(7));
        Put(7, 8, Bit(8));
        for (var i = 9; i < 15; i++)
        {
            Put(14 - i, 8, Bit(i));
        }

        for (var i = 0; i < 8; i++)
        {
            Put(Size - 1 - i, 8, Bit(i));
        }

        for (var i = 8; i < 15; i++)
        {
            Put(8, Size - 15 + i, Bit(i));
        }

        Put(8, Size - 8, 1);
    }

    /// <summary>The codewords' bits, two columns at a time from the right, up and down in turn, around the function patterns.</summary>
    private void DrawCodewords(byte[] codewords)
    {
        var bit = 0;
        for (var right = Size - 1; right >= 1; right -= 2)
        {
            if (right == 6)
            {
                right = 5; // the vertical timing pattern
            }

            var upward = ((right + 1) & 2) == 0;
            for (var vertical = 0; vertical < Size; vertical++)
            {
                var y = upward ? Size - 1 - vertical : vertical;
                for (var j = 0; j < 2; j++)
                {
                    var i = y * Size + right - j;
                    if (!_function[i] && bit < codewords.Length * 8)
                    {
                        _dark[i] = (byte)((codewords[bit >> 3] >> (7 - (bit & 7))) & 1);
                        bit++;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The standard's four penalty rules: runs of five or more, 2×2 blocks, finder-like 1:1:3:1:1 runs beside four light
    /// modules (either way, inside the symbol), and the dark share's distance from half. <paramref name="columns"/> is
    /// scratch for the modules column by column, so that both directions read contiguous lines.
    /// </summary>
    private static int Penalty(ReadOnlySpan<byte> modules, Span<byte> columns, int size)
    {
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                columns[x * size + y] = modules[y * size + x];
            }
        }

        var penalty = 0;
        var dark = 0;
        for (var line = 0; line < size; line++)
        {
            var row = modules.Slice(line * size, size);
            penalty += LinePenalty(row) + LinePenalty(columns.Slice(line * size, size));
            foreach (var m in row)
            {
                dark += m;
            }

            if (line + 1 < size)
            {
                var next = modules.Slice((line + 1) * size, size);
                for (var x = 0; x + 1 < size; x++)
                {
                    // All four equal: their sum is 0 or 4.
                    var sum = row[x] + row[x + 1] + next[x] + next[x + 1];
                    penalty += 3 & (((sum & 3) - 1) >> 31);
                }
            }
        }

        var total = size * size;
        return penalty + 10 * ((Math.Abs(dark * 20 - total * 10) + total - 1) / total - 1);
    }

    // 1011101 with four light modules after it, and before it: the last eleven modules read as bits, oldest highest.
    private const int FinderThenLight = 0b10111010000;
    private const int LightThenFinder = 0b00001011101;

    private static int LinePenalty(ReadOnlySpan<byte> line)
    {
        var penalty = 0;
        int previous = line[0], run = 1, window = previous;
        for (var k = 1; k < line.Length; k++)
        {
            int module = line[k];
            window = (window << 1 | module) & 0x7FF;
            penalty += k >= 10 && (window == FinderThenLight || window == LightThenFinder) ? 40 : 0;

            // A run ends where the module changes: it scores run − 2 from five on.
            // Without branches: the modules are the data, a branch on them is mispredicted half the time.
            var ends = module ^ previous;
            penalty += (run - 2) & ((4 - run) >> 31) & -ends;
            run = (run & (ends - 1)) + 1;
            previous = module;
        }

        return penalty + (run >= 5 ? run - 2 : 0);
    }
}
