using System.Net;
using CleanFeed.Core.Feeds;

namespace CleanFeed.Core.Tests.Feeds;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 01 Oct 2024 08:30:00 GMT", "2024-10-01T08:30:00Z")]
    [InlineData("Tue, 01 Oct 2024 08:30:00 +0200", "2024-10-01T06:30:00Z")]
    [InlineData("Tue, 1 Oct 2024 08:30:00 -05:00", "2024-10-01T13:30:00Z")]
    [InlineData("Tue, 01 Oct 2024 08:30:00 EDT", "2024-10-01T12:30:00Z")]
    [InlineData("Tue, 01 Oct 2024 08:30:00 PST", "2024-10-01T16:30:00Z")]
    [InlineData("Tue, 01 Oct 2024 08:30:00 CEST", "2024-10-01T06:30:00Z")]
    [InlineData("Tue, 01 Oct 2024 08:30:00 UT", "2024-10-01T08:30:00Z")]
    [InlineData("Tue, 01 Oct 2024 08:30:00 XYZ", "2024-10-01T08:30:00Z")]  // unknown zone: UTC
    [InlineData("Tue, 01 Oct 2024 08:30:00", "2024-10-01T08:30:00Z")]      // no zone: UTC
    [InlineData("01 Oct 24 08:30 +0000", "2024-10-01T08:30:00Z")]          // no weekday, 2-digit year, no seconds
    [InlineData("Wed, 01 Sept 2024 08:30:00 GMT", "2024-09-01T08:30:00Z")] // long month, wrong weekday
    [InlineData("Tue, 01 Oct 2024 08:30:00 GMT+2", "2024-10-01T06:30:00Z")]
    [InlineData("Tue, 01 Oct 2024 08:30:00 +0200 (CEST)", "2024-10-01T06:30:00Z")]
    [InlineData("Tue, 01 Oct 2024 08:30:00 (UTC)", "2024-10-01T08:30:00Z")]
    [InlineData("Tuesday, 01-Oct-24 08:30:00 GMT", "2024-10-01T08:30:00Z")] // RFC 850
    [InlineData("2024-10-01T08:30:00+0200", "2024-10-01T06:30:00Z")]
    [InlineData("2024-10-01T08:30:00 CEST", "2024-10-01T06:30:00Z")]
    [InlineData("October 1, 2024", "2024-10-01T00:00:00Z")]
    [InlineData("2024-10-01T08:30:00Z", "2024-10-01T08:30:00Z")]
    [InlineData("2024-10-01T08:30:00.123456+02:00", "2024-10-01T06:30:00.123456Z")]
    [InlineData("2024-10-01T08:30:00", "2024-10-01T08:30:00Z")]
    [InlineData("2024-10-01 08:30:00", "2024-10-01T08:30:00Z")]
    [InlineData("2024-10-01", "2024-10-01T00:00:00Z")]
    [InlineData("  2024-10-01T08:30:00-07:00  ", "2024-10-01T15:30:00Z")]
    public void Dates_are_parsed_to_utc(string input, string expected)
    {
        var parsed = FeedDates.Parse(input);
        Assert.NotNull(parsed);
        Assert.Equal(DateTimeOffset.Parse(expected), parsed.Value);
        Assert.Equal(TimeSpan.Zero, parsed.Value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("32 Oct 2024 08:30:00 GMT")]
    [InlineData("Tue, 01 Foo 2024 08:30:00 GMT")]
    [InlineData("10:52")]          // a time alone: .NET would complete it with today's date
    [InlineData("Oct 1 08:30")]    // no year: .NET would take this year
    [InlineData("10:52 +0000")]    // a zone offset is no year
    [InlineData("Oct 1 08:30 +0000")]
    public void Non_dates_give_null(string? input) => Assert.Null(FeedDates.Parse(input));
}

public sealed class NetworkGuardTests
{
    [Theory]
    [InlineData("10.0.0.1", "private")]
    [InlineData("172.16.5.4", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.0.9", "loopback")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("100.64.0.1", "CGNAT")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("::1", "loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fd12:3456::1", "unique-local")]
    [InlineData("fc00::1", "unique-local")]
    [InlineData("::ffff:10.1.2.3", "private")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("64:ff9b::a9fe:a9fe", "link-local")] // NAT64 of 169.254.169.254
    [InlineData("2002:c0a8:0101::1", "private")]     // 6to4 of 192.168.1.1
    public void Non_public_addresses_are_recognised(string ip, string kind)
    {
        var address = IPAddress.Parse(ip);
        Assert.True(NetworkGuard.IsNonPublic(address));
        Assert.Equal(kind, NetworkGuard.Classify(address));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_allowed(string ip) => Assert.False(NetworkGuard.IsNonPublic(IPAddress.Parse(ip)));
}
