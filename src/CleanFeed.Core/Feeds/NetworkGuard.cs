using System.Net;
using System.Net.Sockets;

namespace CleanFeed.Core.Feeds;

/// <summary>
/// Tells public addresses from those a feed URL must not reach when AllowPrivateNetworks is
/// false: private (RFC 1918), loopback, link-local (incl. cloud metadata 169.254.169.254),
/// unique-local IPv6, CGNAT, "this network", multicast, reserved and documentation ranges.
/// </summary>
public static class NetworkGuard
{
    /// <summary>True when <paramref name="address"/> is not a public unicast address.</summary>
    public static bool IsNonPublic(IPAddress address) => Classify(address) is not null;

    /// <summary>What kind of non-public address this is ("loopback", "private", ...), or null when public.</summary>
    public static string? Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();

        if (address.AddressFamily == AddressFamily.InterNetwork)
            return ClassifyV4(address.GetAddressBytes());

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return "not an IP address";

        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Loopback)) return "loopback";
        if (address.Equals(IPAddress.IPv6Any)) return "unspecified";
        if (address.IsIPv6LinkLocal || (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)) return "link-local";
        if (address.IsIPv6SiteLocal || (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0)) return "site-local";
        if ((b[0] & 0xFE) == 0xFC) return "unique-local";
        if (b[0] == 0xFF) return "multicast";
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) return "documentation";
        // IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16) embed an IPv4 address.
        if (b.Take(12).All(x => x == 0)) return ClassifyV4(b[12..16]);
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..12].All(x => x == 0)) return ClassifyV4(b[12..16]);
        if (b[0] == 0x20 && b[1] == 0x02) return ClassifyV4(b[2..6]);
        return null;
    }

    static string? ClassifyV4(byte[] b)
    {
        return b switch
        {
            [0, ..] => "unspecified",
            [10, ..] => "private",
            [100, >= 64 and <= 127, ..] => "CGNAT",
            [127, ..] => "loopback",
            [169, 254, ..] => "link-local",
            [172, >= 16 and <= 31, ..] => "private",
            [192, 0, 0, _] => "reserved",
            [192, 0, 2, _] => "documentation",
            [192, 168, ..] => "private",
            [198, 18 or 19, ..] => "benchmarking",
            [198, 51, 100, _] => "documentation",
            [203, 0, 113, _] => "documentation",
            [>= 224 and <= 239, ..] => "multicast",
            [>= 240, ..] => "reserved",
            _ => null,
        };
    }

    internal static string BlockedMessage(IPAddress address, string? host = null)
    {
        var ip = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        var kind = Classify(ip) ?? "private";
        var what = kind == "private" ? "private" : $"private ({kind})";
        var of = host is null || host.Trim('[', ']') == ip.ToString() ? "" : $" of {host}";
        return $"address {ip}{of} is {what}; set AllowPrivateNetworks=true to allow it";
    }
}

/// <summary>Thrown inside the connection step when a host resolves to a blocked address.</summary>
internal sealed class BlockedAddressException(string message) : Exception(message);
