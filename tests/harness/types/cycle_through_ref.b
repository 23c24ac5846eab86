implement CycleThroughRef;

# a cycle that passes through a ref is no cycle, whatever order the adts come in
# (appl/cmd/usb/usbd.b: Hub holds ref DDevice, DDevice holds a Hub)
include "sys.m";
	sys: Sys;
include "draw.m";
CycleThroughRef: module { init: fn(nil: ref Draw->Context, nil: list of string); };
Hub: adt {
	nport: int;
	ports: cyclic ref DDevice;
};
DDevice: adt {
	port: int;
	parent: cyclic ref DDevice;
	hub: Hub;
};
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	d := ref DDevice(1, nil, Hub(2, nil));
	d.hub.ports = d;
	sys->print("%d %d %d\n", d.port, d.hub.nport, d.hub.ports.port);
}
