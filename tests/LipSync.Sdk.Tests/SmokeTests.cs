namespace LipSync.Sdk.Tests;
public class SmokeTests { [Fact] public void Works() => 1.Should().Be(1); }
