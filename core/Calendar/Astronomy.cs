namespace InternalTthc.Core.Calendar;

/// <summary>
/// Low-precision solar and lunar positions (truncated Meeus series), enough to place new moons and
/// solar terms on the right civil day for 1800–2200. Pure functions of time: nothing is cached.
/// </summary>
internal static class Astronomy
{
    /// <summary>Julian day (noon-based) of the first mean new moon after 1900-01-01, lunation 0.</summary>
    public const double LunationEpoch = 2415021.076998695;

    public const double SynodicMonth = 29.530588853;

    /// <summary>Julian Day Number of 0001-01-01 (proleptic Gregorian), so JDN = DayNumber + this.</summary>
    private const int JdnOfDayNumberZero = 1721426;

    private const double Rad = Math.PI / 180;

    public static int JulianDayNumber(DateOnly date) => date.DayNumber + JdnOfDayNumberZero;

    public static DateOnly FromJulianDayNumber(int jdn) => DateOnly.FromDayNumber(jdn - JdnOfDayNumberZero);

    /// <summary>Julian day (UT) of the true new moon of lunation <paramref name="k"/> counted from <see cref="LunationEpoch"/>.</summary>
    public static double NewMoon(int k)
    {
        double t = k / 1236.85; // Julian centuries from 1900-01-0.5, measured in lunations
        double t2 = t * t, t3 = t2 * t;
        double mean = 2415020.75933 + SynodicMonth * k + 0.0001178 * t2 - 0.000000155 * t3
            + 0.00033 * Sin(166.56 + 132.87 * t - 0.009173 * t2);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;      // Sun's mean anomaly
        double mp = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;    // Moon's mean anomaly
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;      // Moon's argument of latitude
        double correction = (0.1734 - 0.000393 * t) * Sin(m) + 0.0021 * Sin(2 * m)
            - 0.4068 * Sin(mp) + 0.0161 * Sin(2 * mp) - 0.0004 * Sin(3 * mp)
            + 0.0104 * Sin(2 * f) - 0.0051 * Sin(m + mp) - 0.0074 * Sin(m - mp)
            + 0.0004 * Sin(2 * f + m) - 0.0004 * Sin(2 * f - m) - 0.0006 * Sin(2 * f + mp)
            + 0.0010 * Sin(2 * f - mp) + 0.0005 * Sin(m + 2 * mp);
        return mean + correction - DeltaT(t);
    }

    /// <summary>Apparent ecliptic longitude of the Sun in degrees [0, 360) at Julian day <paramref name="jd"/> (UT).</summary>
    public static double SunLongitude(double jd)
    {
        double t = (jd - 2451545.0) / 36525; // Julian centuries from J2000
        double t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Sin(m)
            + (0.019993 - 0.000101 * t) * Sin(2 * m) + 0.000290 * Sin(3 * m);
        double l = (l0 + centre) % 360;
        return l < 0 ? l + 360 : l;
    }

    /// <summary>
    /// Terrestrial minus universal time in days, as a polynomial in centuries from 1900: the series
    /// above gives dynamical time, the civil day needs universal time.
    /// </summary>
    private static double DeltaT(double t) => t < -11
        ? 0.001 + 0.000839 * t + 0.0002261 * t * t - 0.00000845 * t * t * t - 0.000000081 * t * t * t * t
        : -0.000278 + 0.000265 * t + 0.000262 * t * t;

    private static double Sin(double degrees) => Math.Sin(degrees * Rad);
}
