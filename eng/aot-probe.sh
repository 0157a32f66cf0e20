#!/usr/bin/env bash
# Trimming/AOT probe (issue 10): publishes a tiny console app that calls the SDK (Sync through its Refit interface,
# the DI registration, every provider's stand-alone client) with PublishTrimmed and the AOT analyzers on, and fails
# on any trim or AOT warning (IL2xxx/IL3xxx) — the Refit clients are source-generated and every JSON body goes through
# a System.Text.Json source-generated context, so none is expected. The native AOT link step itself needs clang, which
# this machine lacks: with clang present, PublishAot=true is used instead of PublishTrimmed.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
mode="PublishTrimmed"
if command -v clang >/dev/null; then mode="PublishAot"; fi

cat >"$dir/AotProbe.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <${mode}>true</${mode}>
    <EnableTrimAnalyzer>true</EnableTrimAnalyzer>
    <EnableAotAnalyzer>true</EnableAotAnalyzer>
    <TrimmerSingleWarn>false</TrimmerSingleWarn>
    <WarningsAsErrors>\$(WarningsAsErrors);IL2026;IL2046;IL2057;IL2067;IL2070;IL2072;IL2075;IL2087;IL2091;IL2104;IL3050;IL3051;IL3053</WarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
    <ImportDirectoryBuildTargets>false</ImportDirectoryBuildTargets>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/src/LipSync.Sdk/LipSync.Sdk.csproj" />
  </ItemGroup>
</Project>
XML

cat >"$dir/Program.cs" <<'CS'
using LipSync.Sdk;
using LipSync.Sdk.Providers.Sync;
using Microsoft.Extensions.DependencyInjection;

// Nothing listens there: the call runs the whole chain (Refit, resilience, error handler) and fails typed.
var options = new LipSyncProviderOptions
{
    ApiKey = "sk-probe", BaseAddress = new Uri("http://127.0.0.1:1"), AttemptTimeout = TimeSpan.FromSeconds(2),
    Retry = new LipSyncRetryOptions { MaxRetries = 0 },
};
using var sync = new SyncClient(options);
try
{
    await sync.GetGenerationAsync("job_1");
}
catch (LipSyncException error)
{
    Console.WriteLine($"probe: {error.Kind}");
}

var services = new ServiceCollection();
services.AddLipSyncClient(o => o.AddProvider("sync", p => p.ApiKey = "sk-probe"));
using var provider = services.BuildServiceProvider();
Console.WriteLine(provider.GetRequiredService<ISyncClient>().GetType().Name);
CS

dotnet publish "$dir/AotProbe.csproj" -c Release -o "$dir/out" -nologo -v q 2>&1 | tee "$dir/publish.log"
if grep -E "warning IL[0-9]{4}" "$dir/publish.log"; then
  echo "aot-probe: trim/AOT warnings above" >&2
  exit 1
fi
"$dir/out/AotProbe"
echo "aot-probe: $mode publish clean"
