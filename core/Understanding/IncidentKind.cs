namespace InternalTthc.Core.Understanding;

/// <summary>What kind of security incident plain words describe; when several fit, the first listed wins.</summary>
public enum IncidentKind
{
    /// <summary>A public page changed (deface).</summary>
    Defacement,
    /// <summary>Data lost, deleted, leaked or stolen.</summary>
    DataLoss,
    /// <summary>Virus, ransomware, trojan.</summary>
    Malware,
    /// <summary>Fake mail, fraudulent link, impersonation.</summary>
    Phishing,
    /// <summary>Hacked account or system, unauthorised access, attack.</summary>
    Intrusion,
    /// <summary>A service or system down or unreachable.</summary>
    ServiceDown,
    Other,
}
