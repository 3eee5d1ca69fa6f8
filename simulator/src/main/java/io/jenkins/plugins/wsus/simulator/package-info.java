/**
 * A faithful WSUS server simulator: the API Remoting SOAP web service over HTTP and HTTPS with
 * IIS-like NTLM, a stateful model of the server, upstream scenarios (the July 2025 outage among
 * them) and faults aimed at the client. Entry point: {@link
 * io.jenkins.plugins.wsus.simulator.WsusSimulator#start(SimulatorOptions)}; from a shell: {@link
 * io.jenkins.plugins.wsus.simulator.WsusSimulatorMain}.
 *
 * <p>Sub-packages: {@code soap} (dispatcher, operations, {@code WireLayout} with every wire
 * assumption), {@code auth} (NTLM), {@code tls} (certificates), {@code model} (server state and
 * sync engine), {@code scenario} (upstream behaviour, time scale), {@code fault} (client faults),
 * {@code control} (JSON control endpoint), {@code http} (routing and response shaping).
 */
package io.jenkins.plugins.wsus.simulator;
