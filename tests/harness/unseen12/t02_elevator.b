implement Elevator;

include "sys.m";
	sys: Sys;
include "draw.m";

Elevator: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

NFLOOR: con 8;

Rider: adt {
	id:	int;
	at:	int;	# tick of the call
	src, dst:	int;
	picked:	int;
};

Cmd: adt {
	pick {
	Call =>
		r:	ref Rider;
	Tick =>
		t:	int;
	Stop =>
	}
};

Status: adt {
	floor:	int;
	dir:	int;
	riders:	int;
	events:	string;
	idle:	int;
};

script := array[] of {
	(0, 0, 5), (0, 3, 1), (2, 7, 0), (3, 2, 6),
	(5, 6, 2), (6, 1, 7), (9, 4, 4), (11, 0, 3),
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	cmds := chan of ref Cmd;
	stat := chan of ref Status;
	spawn controller(cmds, stat);

	next := 0;
	for(t := 0; t < 60; t++){
		while(next < len script){
			(at, s, d) := script[next];
			if(at != t)
				break;
			cmds <-= ref Cmd.Call(ref Rider(next, at, s, d, 0));
			next++;
		}
		cmds <-= ref Cmd.Tick(t);
		st := <-stat;
		arrow := "=";
		if(st.dir > 0)
			arrow = "^";
		else if(st.dir < 0)
			arrow = "v";
		bar := "";
		for(f := 0; f < NFLOOR; f++)
			if(f == st.floor)
				bar += arrow;
			else
				bar += ".";
		sys->print("t=%2d [%s] load=%d%s\n", t, bar, st.riders, st.events);
		if(st.idle && next >= len script)
			break;
	}
	cmds <-= ref Cmd.Stop;
	sys->print("summary: %s\n", (<-stat).events);
}

controller(cmds: chan of ref Cmd, stat: chan of ref Status)
{
	floor := 0;
	dir := 0;
	waiting: list of ref Rider;
	inside: list of ref Rider;
	moves := 0;
	totalwait := 0;
	served := 0;
	for(;;) pick c := <-cmds {
	Call =>
		waiting = c.r :: waiting;
	Stop =>
		stat <-= ref Status(floor, dir, 0,
			sys->sprint("%d served, %d moves, total wait %d", served, moves, totalwait), 1);
		return;
	Tick =>
		ev := "";
		# unload
		keep: list of ref Rider;
		for(l := inside; l != nil; l = tl l){
			r := hd l;
			if(r.dst == floor){
				ev += sys->sprint(" drop#%d", r.id);
				totalwait += c.t - r.at;
				served++;
			}else
				keep = r :: keep;
		}
		inside = keep;
		# load
		keep = nil;
		for(l = waiting; l != nil; l = tl l){
			r := hd l;
			if(r.src == floor){
				if(r.dst == floor){
					ev += sys->sprint(" noop#%d", r.id);
					served++;
				}else{
					ev += sys->sprint(" pick#%d", r.id);
					inside = r :: inside;
				}
			}else
				keep = r :: keep;
		}
		waiting = keep;
		# LOOK: keep direction while targets lie ahead
		dir = choose(floor, dir, waiting, inside);
		if(ev == "" && dir != 0){
			floor += dir;
			moves++;
		}
		stat <-= ref Status(floor, dir, len inside, ev, waiting == nil && inside == nil);
	}
}

choose(floor, dir: int, waiting, inside: list of ref Rider): int
{
	above := 0;
	below := 0;
	for(l := inside; l != nil; l = tl l)
		if((hd l).dst > floor) above++; else if((hd l).dst < floor) below++;
	for(l = waiting; l != nil; l = tl l)
		if((hd l).src > floor) above++; else if((hd l).src < floor) below++;
	if(dir > 0 && above)
		return 1;
	if(dir < 0 && below)
		return -1;
	if(above >= below && above > 0)
		return 1;
	if(below > 0)
		return -1;
	return 0;
}
