namespace LipSync.Sdk.Testing;

/// <summary>What a scripted <see cref="Fault"/> does to the request it matches.</summary>
public enum FaultKind
{
    /// <summary>Answers with a fixed status, body and headers (<see cref="Fault.Respond"/>).</summary>
    Respond,

    /// <summary>Waits in real time, then lets the request through (<see cref="Fault.Delay"/>).</summary>
    Delay,

    /// <summary>Never answers; holds the request until the client gives up (<see cref="Fault.Stall"/>).</summary>
    Stall,

    /// <summary>Closes the connection without any response (<see cref="Fault.DropConnection"/>).</summary>
    DropConnection,

    /// <summary>Sends headers and part of a body, then closes the connection (<see cref="Fault.PartialBody"/>).</summary>
    PartialBody,

    /// <summary>Sends part of the status line and headers, then closes the connection (<see cref="Fault.CloseDuringHeaders"/>).</summary>
    CloseDuringHeaders,

    /// <summary>Streams a body of a given (large) length while counting what was written (<see cref="Fault.HugeBody"/>).</summary>
    HugeBody,

    /// <summary>Lets the normal handler answer, then cuts its body after a number of bytes (<see cref="Fault.ResetMidBody"/>).</summary>
    ResetMidBody,
}
