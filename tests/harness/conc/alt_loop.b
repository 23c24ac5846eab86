implement AltLoop;

# A server thread running alt in a loop over request, query and quit
# channels; clients talk to it one at a time, so each alt has one ready arm.

include "sys.m";
	sys: Sys;
include "draw.m";

AltLoop: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

server(add: chan of int, get: chan of chan of int, name: chan of string, quit: chan of int, done: chan of string)
{
	total := 0;
	calls := 0;
	names := "";
	for(;;) alt {
	v := <-add =>
		total += v;
		calls++;
	r := <-get =>
		r <-= total;
		calls++;
	s := <-name =>
		names += "," + s;
		calls++;
	<-quit =>
		done <-= sys->sprint("calls %d total %d names %s", calls, total, names);
		return;
	}
}

client(id: int, add: chan of int, get: chan of chan of int, name: chan of string, done: chan of int)
{
	name <-= "c" + string id;
	for(i := 1; i <= id; i++)
		add <-= i * id;
	r := chan of int;
	get <-= r;
	done <-= <-r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	add := chan of int;
	get := chan of chan of int;
	name := chan of string;
	quit := chan of int;
	fin := chan of string;
	spawn server(add, get, name, quit, fin);
	done := chan of int;
	for(id := 1; id <= 5; id++){
		spawn client(id, add, get, name, done);
		sys->print("client %d sees total %d\n", id, <-done);
	}
	# all clients at once: totals seen depend only on the queueing order
	for(id = 6; id <= 8; id++)
		spawn client(id, add, get, name, done);
	for(id = 6; id <= 8; id++)
		sys->print("a client sees total %d\n", <-done);
	quit <-= 1;
	sys->print("%s\n", <-fin);

	# alt in a loop with a counter decides which arm it offers
	c := chan of int;
	spawn counter(c, 5);
	for(n := 0; ; n++){
		alt {
		v := <-c =>
			if(v < 0){
				sys->print("counter ended after %d\n", n);
				return;
			}
			sys->print("tick %d\n", v);
		}
	}
}

counter(c: chan of int, n: int)
{
	for(i := 0; i < n; i++)
		c <-= i * i;
	c <-= -1;
}
