implement EventBus;

include "sys.m";
	sys: Sys;
include "draw.m";

EventBus: module
{
	handled: int;
	dropped: int;
	journal: list of string;
	init: fn(nil: ref Draw->Context, args: list of string);
};

Event: adt {
	seq: int;
	pick {
	Key =>
		c: int;
	Click =>
		x, y: int;
		button: int;
	Tick =>
		n: int;
	Text =>
		s: string;
	Quit =>
	}
};

State: adt {
	typed: string;
	clicks: int;
	ticks: int;
	quit: int;
};

Handler: adt {
	id: int;
	prio: int;
	name: string;
	f: ref fn(h: ref Handler, e: ref Event, st: ref State): int;	# nonzero = consumed
	hits: int;
};

NTAGS: con 5;
table := array[NTAGS] of list of ref Handler;
nextid := 1;

subscribe(tag: int, prio: int, name: string, f: ref fn(h: ref Handler, e: ref Event, st: ref State): int): int
{
	h := ref Handler(nextid++, prio, name, f, 0);
	# keep each list sorted by descending priority
	l := table[tag];
	before: list of ref Handler;
	while(l != nil && (hd l).prio >= prio){
		before = hd l :: before;
		l = tl l;
	}
	l = h :: l;
	for(; before != nil; before = tl before)
		l = hd before :: l;
	table[tag] = l;
	return h.id;
}

unsubscribe(id: int): int
{
	for(t := 0; t < NTAGS; t++){
		keep: list of ref Handler;
		found := 0;
		for(l := table[t]; l != nil; l = tl l)
			if((hd l).id == id)
				found = 1;
			else
				keep = hd l :: keep;
		if(found){
			r: list of ref Handler;
			for(; keep != nil; keep = tl keep)
				r = hd keep :: r;
			table[t] = r;
			return 1;
		}
	}
	return 0;
}

publish(me: EventBus, e: ref Event, st: ref State)
{
	for(l := table[tagof e]; l != nil; l = tl l){
		h := hd l;
		h.hits++;
		me->handled++;
		if(h.f(h, e, st)){
			me->journal = h.name + "#" + string e.seq :: me->journal;
			return;
		}
	}
	me->dropped++;
}

# handlers
typer(nil: ref Handler, e: ref Event, st: ref State): int
{
	pick k := e {
	Key =>
		st.typed[len st.typed] = k.c;
		return 1;
	}
	return 0;
}
shout(nil: ref Handler, e: ref Event, st: ref State): int
{
	pick k := e {
	Key =>
		if(k.c == '!'){
			sys->print("  [shout] typed so far: %s\n", st.typed);
			return 1;	# swallow the '!'
		}
	}
	return 0;
}
clicker(h: ref Handler, e: ref Event, st: ref State): int
{
	pick c := e {
	Click =>
		st.clicks++;
		sys->print("  [%s] click %d at (%d,%d)\n", h.name, c.button, c.x, c.y);
		return c.button == 1;
	}
	return 0;
}
rightonly(h: ref Handler, e: ref Event, nil: ref State): int
{
	pick c := e {
	Click =>
		sys->print("  [%s] fallback for button %d\n", h.name, c.button);
		return 1;
	}
	return 0;
}
ticker(h: ref Handler, e: ref Event, st: ref State): int
{
	pick t := e {
	Tick =>
		st.ticks += t.n;
		if(h.hits % 2 == 0)
			sys->print("  [%s] even hit %d ticks=%d\n", h.name, h.hits, st.ticks);
	}
	return 1;
}
texter(nil: ref Handler, e: ref Event, st: ref State): int
{
	pick t := e {
	Text =>
		st.typed += t.s;
		return 1;
	}
	return 0;
}
quitter(nil: ref Handler, nil: ref Event, st: ref State): int
{
	st.quit = 1;
	return 1;
}

init(nil: ref Draw->Context, args: list of string)
{
	sys = load Sys Sys->PATH;
	me := load EventBus "$self";
	st := ref State("", 0, 0, 0);

	subscribe(tagof Event.Key, 1, "typer", typer);
	shoutid := subscribe(tagof Event.Key, 5, "shout", shout);
	subscribe(tagof Event.Click, 3, "left", clicker);
	subscribe(tagof Event.Click, 1, "fallback", rightonly);
	tickid := subscribe(tagof Event.Tick, 0, "tick", ticker);
	subscribe(tagof Event.Text, 2, "text", texter);
	# no handler for Quit yet

	seq := 0;
	evs := array[] of {
		ref Event.Key(seq++, 'h'), ref Event.Key(seq++, 'i'), ref Event.Key(seq++, '!'),
		ref Event.Click(seq++, 10, 20, 1), ref Event.Click(seq++, 5, 5, 3),
		ref Event.Tick(seq++, 7), ref Event.Tick(seq++, 3), ref Event.Text(seq++, " there"),
		ref Event.Quit(seq++), ref Event.Key(seq++, '!'), ref Event.Tick(seq++, 1),
	};
	for(i := 0; i < len evs; i++){
		publish(me, evs[i], st);
		if(i == 7){
			sys->print("-- unsubscribing shout and tick, adding quit handler\n");
			sys->print("   unsub: %d %d %d\n", unsubscribe(shoutid), unsubscribe(tickid), unsubscribe(999));
			subscribe(tagof Event.Quit, 0, "quit", quitter);
		}
	}
	publish(me, ref Event.Quit(seq++), st);
	sys->print("typed=\"%s\" clicks=%d ticks=%d quit=%d\n", st.typed, st.clicks, st.ticks, st.quit);
	sys->print("handled=%d dropped=%d\n", handled, dropped);
	for(t := 0; t < NTAGS; t++)
		for(l := table[t]; l != nil; l = tl l)
			sys->print("tag %d: %s prio %d hits %d\n", t, (hd l).name, (hd l).prio, (hd l).hits);
	n := 0;
	for(j := me->journal; j != nil; j = tl j)
		n++;
	sys->print("journal (%d, newest first):", n);
	for(j = journal; j != nil; j = tl j)
		sys->print(" %s", hd j);
	sys->print("\n");
}
