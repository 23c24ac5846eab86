implement Actors;

include "sys.m";
	sys: Sys;
include "draw.m";

Actors: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Msg: adt {
	pick {
	Say =>
		text:	string;
	Inc =>
		n:	int;
	Ask =>
		reply:	chan of string;
	Ping =>
		from:	ref Actor;
		hops:	int;
	}
};

Actor: adt {
	name:	string;
	mbox:	chan of ref Msg;

	send:	fn(a: self ref Actor, m: ref Msg);
};

Actor.send(a: self ref Actor, m: ref Msg)
{
	a.mbox <-= m;
}

registry: list of ref Actor;
logger: ref Actor;

spawnactor(name: string, body: ref fn(me: ref Actor)): ref Actor
{
	a := ref Actor(name, chan[8] of ref Msg);
	registry = a :: registry;
	spawn body(a);
	return a;
}

lookup(name: string): ref Actor
{
	for(l := registry; l != nil; l = tl l)
		if((hd l).name == name)
			return hd l;
	return nil;
}

log(me: ref Actor, s: string)
{
	logger.send(ref Msg.Say(me.name + ": " + s));
}

logbody(me: ref Actor)
{
	n := 0;
	while((m := <-me.mbox) != nil)
		pick p := m {
		Say =>
			n++;
			sys->print("%3d %s\n", n, p.text);
		Ask =>
			p.reply <-= string n;
		* =>
			sys->print("logger: unexpected message\n");
		}
}

counterbody(me: ref Actor)
{
	total := 0;
	events := 0;
	while((m := <-me.mbox) != nil)
		pick p := m {
		Inc =>
			total += p.n;
			events++;
		Ask =>
			p.reply <-= sys->sprint("%s total=%d events=%d", me.name, total, events);
		* =>
			log(me, "ignored message");
		}
}

pingerbody(me: ref Actor)
{
	tally := lookup("tally");
	while((m := <-me.mbox) != nil)
		pick p := m {
		Ping =>
			log(me, sys->sprint("ping from %s, %d hops left", p.from.name, p.hops));
			tally.send(ref Msg.Inc(p.hops));
			if(p.hops > 0)
				p.from.send(ref Msg.Ping(me, p.hops-1));
			else
				log(me, "rally over");
		Ask =>
			p.reply <-= me.name + " ready";
		* =>
			log(me, "??");
		}
}

ask(a: ref Actor): string
{
	r := chan of string;
	a.send(ref Msg.Ask(r));
	return <-r;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	logger = spawnactor("log", logbody);
	spawnactor("tally", counterbody);
	ping := spawnactor("ping", pingerbody);
	pong := spawnactor("pong", pingerbody);

	sys->print("registry:");
	for(l := registry; l != nil; l = tl l)
		sys->print(" %s", (hd l).name);
	sys->print("\n");
	sys->print("%s / %s\n", ask(ping), ask(pong));

	ping.send(ref Msg.Ping(pong, 6));
	# the rally is over once the logger has printed its 8th line;
	# asking the logger also guarantees everything before it is printed
	polls := 0;
	while(ask(logger) != "8"){
		polls++;
		sys->sleep(0);
	}
	pong.send(ref Msg.Say("stray"));
	ask(pong);
	n := int ask(logger);
	sys->print("%s\n", ask(lookup("tally")));
	sys->print("logger saw %d lines\n", n);
	if(polls > 1000)
		sys->fprint(sys->fildes(2), "slow rally\n");

	# shut everyone down with nil messages
	for(l = registry; l != nil; l = tl l)
		(hd l).send(nil);
	sys->print("all actors stopped\n");
}
