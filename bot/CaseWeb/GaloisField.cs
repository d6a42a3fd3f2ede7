namespace InternalTthc.Bot.CaseWeb;

/// <summary>
/// Reed-Solomon arithmetic of QR codes in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1: products through tables of powers of 2 and
/// their logarithms, made once (immutable after), instead of a product worked out bit by bit for every term.
/// </summary>
internal static class GaloisField
{
    // Exp[i] = 2^i, written out to 510 so that Exp[Log[a] + Log[b]] needs no modulo.
    private static readonly byte[] Exp = Powers();
    private static readonly byte[] Log = Logarithms();

    /// <summary>The generator polynomial of <paramref name="degree"/>, (x − 2⁰)…(x − 2ⁿ⁻¹), highest coefficient (1) left out.</summary>
    public static byte[] Generator(int degree)
    {
        var result = new byte[degree];
        result[degree - 1] = 1;
        byte root = 1;
        for (var i = 0; i < degree; i++)
        {
            for (var j = 0; j < degree; j++)
            {
                result[j] = Multiply(result[j], root);
                if (j + 1 < degree)
                {
                    result[j] ^= result[j + 1];
                }
            }

            root = Multiply(root, 2);
        }

        return result;
    }

    /// <summary>The remainder of <paramref name="data"/> × xⁿ divided by the generator, into <paramref name="remainder"/> (zeros).</summary>
    public static void Remainder(ReadOnlySpan<byte> data, byte[] divisor, Span<byte> remainder)
    {
        Span<int> logDivisor = stackalloc int[divisor.Length];
        for (var i = 0; i < divisor.Length; i++)
        {
            logDivisor[i] = divisor[i] == 0 ? -1 : Log[divisor[i]];
        }

        foreach (var b in data)
        {
            var factor = (byte)(b ^ remainder[0]);
            remainder[1..].CopyTo(remainder);
            remainder[^1] = 0;
            if (factor == 0)
            {
                continue;
            }

            var logFactor = Log[factor];
            for (var i = 0; i < logDivisor.Length; i++)
            {
                if (logDivisor[i] >= 0)
                {
                    remainder[i] ^= Exp[logDivisor[i] + logFactor];
                }
            }
        }
    }

    public static byte Multiply(byte x, byte y) => x == 0 || y == 0 ? (byte)0 : Exp[Log[x] + Log[y]];

    private static byte[] Powers()
    {
        var exp = new byte[510];
        var value = 1;
        for (var i = 0; i < exp.Length; i++)
        {
            exp[i] = (byte)value;
            value <<= 1;
            if (value >= 0x100)
            {
                value ^= 0x11D;
            }
        }

        return exp;
    }

    private static byte[] Logarithms()
    {
        var log = new byte[256];
        var value = 1;
        for (var i = 0; i < 255; i++)
        {
            log[value] = (byte)i;
            value <<= 1;
            if (value >= 0x100)
            {
                value ^= 0x11D;
            }
        }

        return log;
    }
}
