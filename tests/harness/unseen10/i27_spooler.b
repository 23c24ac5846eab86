implement Spooler;

include "sys.m";
	sys: Sys;
include "draw.m";

Spooler: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

Job: adt {
	id:	int;
	owner:	string;
	pages:	int;
	color:	int;
};

Done: adt {
	printer:	string;
	job:	ref Job;
	tick:	int;
};

# each printer takes jobs from its own channel and reports completions
printer(name: string, speed: int, jobs: chan of ref Job, done: chan of Done)
{
	tick := 0;
	for(;;){
		j := <-jobs;
		if(j == nil)
			break;
		tick += (j.pages + speed - 1) / speed;
		if(j.color)
			tick++;
		done <-= Done(name, j, tick);
	}
	done <-= Done(name, nil, tick);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	queue := array[] of {
		ref Job(1, "ann", 12, 0),
		ref Job(2, "bo", 3, 1),
		ref Job(3, "ann", 40, 0),
		ref Job(4, "cyd", 1, 0),
		ref Job(5, "bo", 25, 1),
		ref Job(6, "dan", 7, 0),
		ref Job(7, "cyd", 60, 0),
		ref Job(8, "ann", 2, 1),
		ref Job(9, "dan", 0, 0),
		ref Job(10, "eve", 18, 1),
	};
	names := array[] of {"laser", "inkjet"};
	speeds := array[] of {10, 3};
	chans := array[len names] of chan of ref Job;
	# buffered so printers never block while the spooler is still routing
	done := chan[32] of Done;
	for(i := 0; i < len names; i++){
		chans[i] = chan of ref Job;
		spawn printer(names[i], speeds[i], chans[i], done);
	}

	# the spooler routes colour jobs to the inkjet, big jobs to the laser,
	# and everything else to whichever has less queued work
	queued := array[len names] of {* => 0};
	pages := array[len names] of {* => 0};
	sent := 0;
	for(i = 0; i < len queue; i++){
		j := queue[i];
		if(j.pages == 0){
			sys->print("job %2d (%s): empty, discarded\n", j.id, j.owner);
			continue;
		}
		p := 0;
		why := "big";
		if(j.color){
			p = 1;
			why = "colour";
		}else if(j.pages < 20){
			c0 := queued[0] + (j.pages + speeds[0] - 1)/speeds[0];
			c1 := queued[1] + (j.pages + speeds[1] - 1)/speeds[1];
			if(c1 < c0)
				p = 1;
			why = "balance";
		}
		queued[p] += (j.pages + speeds[p] - 1)/speeds[p] + j.color;
		pages[p] += j.pages;
		sys->print("job %2d (%-3s %2d pages) -> %-6s [%s]\n", j.id, j.owner, j.pages, names[p], why);
		chans[p] <-= j;
		sent++;
	}
	for(i = 0; i < len names; i++)
		chans[i] <-= nil;
	# completions arrive in no particular order; file them by job id
	finish := array[len names] of int;
	when := array[len queue + 1] of {* => -1};
	who := array[len queue + 1] of string;
	for(n := sent + len names; n > 0; n--){
		d := <-done;
		if(d.job == nil){
			for(k := 0; k < len names; k++)
				if(names[k] == d.printer)
					finish[k] = d.tick;
		}else{
			when[d.job.id] = d.tick;
			who[d.job.id] = d.printer;
		}
	}
	sys->print("\ncompletions:\n");
	for(i = 1; i <= len queue; i++)
		if(when[i] >= 0)
			sys->print("  job %2d on %-6s at t=%d\n", i, who[i], when[i]);
	sys->print("\n%-8s %6s %6s\n", "printer", "pages", "ticks");
	for(i = 0; i < len names; i++)
		sys->print("%-8s %6d %6d\n", names[i], pages[i], finish[i]);
	mx := finish[0];
	if(finish[1] > mx)
		mx = finish[1];
	sys->print("all done at t=%d\n", mx);
}
